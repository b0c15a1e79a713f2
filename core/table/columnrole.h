#pragma once

#include <QString>

#include <optional>

namespace egress::table {

// What the numbers in a value column are. Rules pick the columns they judge by role: counts
// for the threshold, sums and means for dominance, minima and maxima for extreme values, the
// risk set of a survival table, and so on. A frequency table's columns are all counts.
enum class ColumnRole
{
    Count, // a number of units: n, count, frequency, bin counts
    Sum,
    Mean,
    Median,
    Min,
    Max,
    Std,
    Percentile,
    Estimate, // a model's coefficients and their standard errors, test statistics, p-values
    BinLower,
    BinUpper,
    Time,
    AtRisk,
    Events,
    Censored,
    Other, // a number the engine has no rule for (a rate, a ratio): a person must judge it
};

QString toString(ColumnRole role);
std::optional<ColumnRole> columnRoleFromString(const QString& text);

// The role a column heading announces ("mean", "Median weekly cost", "n", "at risk"), or
// nullopt for a heading that is a category (e.g. "Residential Care"). Headings are matched as
// whole words, case-insensitively, so that a category that merely contains "mean" is not taken
// for a statistic.
std::optional<ColumnRole> columnRoleFromHeading(const QString& heading);

// Statistics describing a distribution of unit values (as opposed to counts of units).
bool isMagnitudeRole(ColumnRole role);

} // namespace egress::table
