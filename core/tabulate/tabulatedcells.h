#pragma once

#include "cellsummary.h"

#include <QList>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace egress::tabulate {

// The cells a tabulation produced, before they are laid out as a table: each named by one
// category index per dimension (the row dimensions first, then the column dimensions), with
// kTotal where the cell is a margin over that dimension.
struct TabulatedCells
{
    static constexpr quint32 kTotal = 0xFFFFFFFFu;

    QStringList rowDimensions;
    QStringList columnDimensions;
    QList<QStringList> categories; // per dimension, by category index
    std::vector<quint32> keys; // dimensions() per cell
    std::vector<CellSummary> summaries;
    std::vector<qint64> missing; // rows with a missing value, per cell

    int dimensions() const { return int(rowDimensions.size() + columnDimensions.size()); }
    std::size_t cellCount() const { return summaries.size(); }
};

} // namespace egress::tabulate
