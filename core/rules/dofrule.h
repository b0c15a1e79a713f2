#pragma once

#include "rule.h"

namespace egress::rules {

// `dof`: a regression's residual degrees of freedom must reach the profile's minimum (a model
// with as many parameters as observations reproduces its data); DataSHIELD's variant bounds the
// number of parameters by a share of N. Output-level findings.
class DegreesOfFreedomRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("dof"); }
    QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                            const profiles::Profile& profile) const override;
    QString summarise(const QList<Finding>& findings,
                      const profiles::Profile& profile) const override;
};

} // namespace egress::rules
