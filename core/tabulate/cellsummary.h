#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace egress::tabulate {

// The statistics of one cell over its units' totals. Undefined statistics are empty: the mean,
// median, minimum and maximum of no units, and the sample standard deviation of fewer than two.
struct CellSummary
{
    qint64 units = 0;
    double sum = 0.0;
    std::optional<double> mean;
    std::optional<double> median; // only when asked for: it needs every unit total kept
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<double> std; // sample standard deviation, n − 1 in the denominator
    QList<double> top; // the largest unit totals, descending
    qint64 negatives = 0; // unit totals below zero
};

} // namespace egress::tabulate
