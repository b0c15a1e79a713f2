#pragma once

#include "table/evidence.h"
#include "table/table.h"
#include "tabulatedcells.h"
#include "tabulationspec.h"

namespace egress::tabulate {

// Lays tabulated cells out as a wide table with one evidence cell per (row, column category):
// rows are the observed combinations of the row dimensions' categories, columns those of the
// column dimensions, each dimension in categoryRanks() order with its Total last; every column
// combination is repeated per statistic, the statistic's heading ("sum", "n") as the last
// label level, unless the only statistic is a count. A combination of row and column that no
// row of the data reached is an empty cell: a count and a sum of 0, the other statistics
// undefined ("..").
class TableAssembler
{
public:
    static void assemble(const TabulatedCells& cells, const TabulationSpec& spec,
                         table::Table& table, table::Evidence& evidence);
};

} // namespace egress::tabulate
