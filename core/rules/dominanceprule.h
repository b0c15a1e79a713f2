#pragma once

#include "rule.h"

namespace egress::rules {

// `dominance-p`: a cell fails when the rest of its total, X − x1 − x2, is less than p% of the
// largest contribution x1: the second largest contributor could then estimate x1 to within p%.
// Any cell with one or two contributors and X > 0 therefore fails; an all-zero cell passes.
class DominancePRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("dominance-p"); }
    QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                            const profiles::Profile& profile) const override;
    QString summarise(const QList<Finding>& findings,
                      const profiles::Profile& profile) const override;
};

} // namespace egress::rules
