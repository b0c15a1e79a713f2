#pragma once

#include "rule.h"

namespace egress::rules {

// `zero`: a cell whose count is exactly 0 (or -0) is safe, needs review, or fails, as the
// profile says. A zero tells that nobody in the group has the attribute, which can disclose
// something about everyone in the group ("no one in this home is on a waiting list").
class ZeroRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("zero"); }
    QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                            const profiles::Profile& profile) const override;
    QString summarise(const QList<Finding>& findings,
                      const profiles::Profile& profile) const override;
};

} // namespace egress::rules
