#pragma once

#include "table/evidence.h"
#include "table/table.h"

#include <QtGlobal>

namespace egress::tabulate {

// A tabulated table and the contributor evidence behind each of its cells.
struct Tabulation
{
    table::Table table;
    table::Evidence evidence;
    qint64 rowsRead = 0; // data records, header and blank lines not counted
    qint64 rowsWithoutUnit = 0; // dropped: every unit id column was empty
    qint64 missingValues = 0; // rows whose value was missing (kept for counts, not summed)
    qint64 units = 0; // distinct units among the rows kept
};

} // namespace egress::tabulate
