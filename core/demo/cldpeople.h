#pragma once

#include "cldperson.h"

#include <QList>
#include <QString>

namespace egress::demo {

// The people of a CLD events file, each folded from the rows that carry their NHS number
// pseudonym (or, without one, their local authority person id), in the order they first appear.
// Memory grows with the people, not the rows.
class CldPeople
{
public:
    // The reporting year the demo outputs describe, as Julian days: 2024.
    static qint64 yearFirstDay();
    static qint64 yearLastDay();

    // Throws io::InputError naming path for a file that cannot be read as a CLD extract, or
    // holds a date or a cost that is not one.
    static QList<CldPerson> read(const QString& path);

    // A person's age on the last day of the reporting year, from the birth year (the extract
    // withholds the day of birth); -1 when the birth year is missing.
    static int ageAtYearEnd(const CldPerson& person);
};

} // namespace egress::demo
