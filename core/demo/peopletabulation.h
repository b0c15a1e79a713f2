#pragma once

#include "cldperson.h"
#include "tabulate/tabulation.h"
#include "tabulate/tabulationspec.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace egress::demo {

// One column of the person-level file a demo output is tabulated from.
struct PersonColumn
{
    QString name;
    // The person's category; empty leaves the person out of the output.
    std::function<QString(const CldPerson&)> category;
};

// Tabulates people as `egress-check tabulate` tabulates microdata: a person-level CSV (one row
// per person who has a category in every column, a unit id, the value) goes through the same
// Tabulator, so that the demo's tables and evidence are what a researcher's pre-check makes.
class PeopleTabulation
{
public:
    using Value = std::function<std::optional<double>(const CldPerson&)>;

    // rows and cols name the dimensions; value, when given, is summarised by statistics.
    static tabulate::Tabulation tabulate(const QList<CldPerson>& people,
                                         const QList<PersonColumn>& rows,
                                         const QList<PersonColumn>& cols, const Value& value,
                                         const QList<tabulate::Statistic>& statistics);

    // The table as a researcher publishes it: every count above `above` rounded to the nearest
    // multiple of base (halves up), margins on their own as NHS England's SDE rounds them, and
    // every other value to `decimals` places.
    static table::Table rounded(const table::Table& table, int base, int above, int decimals);
};

} // namespace egress::demo
