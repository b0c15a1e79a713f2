#pragma once

#include "rule.h"

namespace egress::rules {

// `survival`: at every step of a survival table at least t units are at risk, and when units
// leave the risk set (events plus censored, or the fall in the number at risk) at least t leave.
class SurvivalRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("survival"); }
    QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                            const profiles::Profile& profile) const override;
    QString summarise(const QList<Finding>& findings,
                      const profiles::Profile& profile) const override;
};

} // namespace egress::rules
