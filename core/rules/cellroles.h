#pragma once

#include "table/labelpath.h"

#include <QtGlobal>

#include <optional>

namespace egress::table {
class Evidence;
class Table;
struct CellEvidence;
} // namespace egress::table

namespace egress::rules {

// Which cells each rule judges, decided once so that the rules agree on it.

// A count of units in a table whose counts the threshold, zero and rounding rules judge:
// frequency and magnitude tables. Histogram bins and survival risk sets have rules of their own;
// regression outputs hold no counts of units.
bool isUnitCount(const table::Table& table, qsizetype column);

// A statistic over units' values (sum, mean, median, …) in a magnitude table.
bool isMagnitudeStatistic(const table::Table& table, qsizetype column);

// The statistics that dominance is judged on, as in ACRO: sums, means, medians and standard
// deviations. Minima and maxima are the extreme-value rule's.
bool isDominanceStatistic(const table::Table& table, qsizetype column);

// A column heading's category labels, statistic headings ("mean", "n", "at risk") left out:
// {"Residential", "mean"} → {"Residential"}. Columns with the same categories describe the same
// group of units.
table::LabelPath categoriesOf(const table::LabelPath& column);

// The evidence for a cell, or null.
const table::CellEvidence* evidenceFor(const table::Table& table, const table::Evidence* evidence,
                                       qsizetype row, qsizetype column);

// How many units stand behind a magnitude cell: from the evidence, else from a published count
// in the same row for the same categories (the "n" beside a "mean"); nullopt when unknown.
std::optional<double> unitsBehind(const table::Table& table, const table::Evidence* evidence,
                                  qsizetype row, qsizetype column);

} // namespace egress::rules
