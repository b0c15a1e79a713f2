#pragma once

#include "intervalaudit.h"
#include "table/table.h"

#include <QList>

namespace egress::protect {

struct RoundingMethod
{
    int base = 5;
    int above = 0; // counts up to this stay as they are (NHS England: up to 10)
    bool midpointSix = false; // ceil(x/6)·6 − 3 instead of base rounding (OpenSAFELY)
    bool marginsSummed = false; // totals are sums of the rounded cells, not rounded themselves
};

struct RoundedCell
{
    qsizetype row = 0;
    qsizetype column = 0;
    double published = 0;
    // What an intruder knows of the true count: the values that round to it, narrowed by the
    // table's totals.
    CellInterval interval;
};

struct Rounding
{
    table::Table table;
    QList<RoundedCell> cells; // every count, in table order
    bool audited = true;
    bool feasible = true;
};

// Protection by rounding: every published count rounded to base b (halves up), or midpoint-6;
// totals rounded on their own or summed from the rounded cells, as the profile says. Then the
// audit: each count's interval, from the values that round to it and the totals, by the LP of
// IntervalAudit. Suppressed cells stay suppressed.
class RoundingProtector
{
public:
    static Rounding round(const table::Table& table, const RoundingMethod& method, int threads = 2);

    // The published value of a count.
    static double roundedValue(double count, const RoundingMethod& method);
    // The true counts that publish as `published` (the inverse of roundedValue for one cell).
    static CellInterval preimage(double published, const RoundingMethod& method);
};

} // namespace egress::protect
