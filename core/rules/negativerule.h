#pragma once

#include "rule.h"

namespace egress::rules {

// `negative`: a cell with negative contributions (refunds, corrections) has no defined
// dominance, so it goes to a person, as in ACRO.
class NegativeRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("negative"); }
    QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                            const profiles::Profile& profile) const override;
    QString summarise(const QList<Finding>& findings,
                      const profiles::Profile& profile) const override;
};

} // namespace egress::rules
