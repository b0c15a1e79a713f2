#pragma once

#include "rule.h"

namespace egress::rules {

// `threshold`: a count n fails when 0 < n < t (strict, as tau-ARGUS and ACRO: n = t passes).
// Margins are checked like any other cell. Suppressed cells are not judged here: their value is
// unknown, and whether it can be recovered is the secondary-suppression audit's question.
// A negative count is impossible in a frequency table and goes to review.
class ThresholdRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("threshold"); }
    QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                            const profiles::Profile& profile) const override;
    QString summarise(const QList<Finding>& findings,
                      const profiles::Profile& profile) const override;
};

} // namespace egress::rules
