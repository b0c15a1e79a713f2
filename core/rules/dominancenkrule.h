#pragma once

#include "rule.h"

namespace egress::rules {

// `dominance-nk`: a sum, mean, median or standard deviation fails when its n largest
// contributors hold more than k% of the cell's total (x1 + … + xn > k/100 · X; at exactly k% the
// profile decides). Units are persons, their contributions summed first, as the evidence gives
// them. A cell without evidence goes to review: dominance cannot be judged from the table.
class DominanceNkRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("dominance-nk"); }
    QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                            const profiles::Profile& profile) const override;
    QString summarise(const QList<Finding>& findings,
                      const profiles::Profile& profile) const override;
};

} // namespace egress::rules
