#pragma once

#include "cellfindings.h"

namespace egress::profiles {
class Profile;
}
namespace egress::table {
class Evidence;
struct CellEvidence;
} // namespace egress::table

namespace egress::rules {

// Judges a dominance-statistic cell from its evidence; `cell` is never null.
using EvidenceJudge = std::function<std::optional<CellVerdict>(const table::CellEvidence& cell)>;

// The walk shared by the rules that read contributor evidence (dominance-nk, dominance-p,
// negative, missing): every published sum, mean, median or standard deviation of a magnitude
// table, judged on its evidence. Cells without evidence go to review once, under
// `reportsMissingEvidence`, so that two dominance rules do not both say it.
QList<Finding> findingsForEvidenceCells(const table::Table& table, const table::Evidence* evidence,
                                        const QString& ruleId, bool reportsMissingEvidence,
                                        const EvidenceJudge& judge);

// True when the engine's dominance findings for a cell should leave negative contributions to
// the `negative` rule; otherwise the dominance rules say themselves that they cannot judge it.
bool negativeRuleCovers(const profiles::Profile& profile);

// "1 contribution is negative", "3 contributions are negative"
QString negativeContributions(qint64 count);

// Why a cell whose evidence lists too few of its largest contributions cannot be judged:
// "the evidence lists 1 of the 2 largest contributions", "the evidence does not list the
// largest contribution".
QString missingLargest(qsizetype listed, qsizetype needed);

// "95.2%" — shares in messages, to one decimal place, without a trailing ".0".
QString formatPercent(double share);

} // namespace egress::rules
