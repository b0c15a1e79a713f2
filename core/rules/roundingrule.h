#pragma once

#include "rule.h"

namespace egress::rules {

// `rounding`: where the profile demands it, every published count above the profile's `above`
// must be a multiple of the base (NHS England SDE: counts above 10 to base 5). A table whose
// non-zero counts are all midpoint-6 values (3, 9, 15, …) passes where the profile accepts
// midpoint-6. Zeros, negative counts (the threshold rule's concern) and suppressed cells are not
// judged; margins only when the profile re-rounds them rather than summing rounded cells.
class RoundingRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("rounding"); }
    QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                            const profiles::Profile& profile) const override;
    QString summarise(const QList<Finding>& findings,
                      const profiles::Profile& profile) const override;
};

} // namespace egress::rules
