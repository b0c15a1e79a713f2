#pragma once

#include "table/columnrole.h"

#include <QList>
#include <QString>

#include <optional>

namespace egress::tabulate {

// What a tabulation publishes per cell, computed over the cell's unit totals.
enum class Statistic
{
    Count, // distinct units
    Sum,
    Mean,
    Median,
    Min,
    Max,
    Std, // sample standard deviation (n − 1)
};

// "count", "sum", "mean", "median", "min", "max", "std": the names the command line takes.
QString toString(Statistic statistic);
std::optional<Statistic> statisticFromString(const QString& text);

// The column heading a table publishes the statistic under ("n" for a count), chosen so that
// table::columnRoleFromHeading reads it back as the same role.
QString headingOf(Statistic statistic);
table::ColumnRole columnRoleOf(Statistic statistic);

// Every statistic but a count needs a value column to summarise.
bool needsValue(Statistic statistic);
bool needsValue(const QList<Statistic>& statistics);

} // namespace egress::tabulate
