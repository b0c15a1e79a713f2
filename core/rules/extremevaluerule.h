#pragma once

#include "rule.h"

namespace egress::rules {

// `extreme-value`: a published minimum or maximum is one unit's own value (OpenSAFELY and NHS
// England redact them). Under scope below-threshold only those of groups smaller than t count.
// Medians of small groups are the threshold rule's: a statistic over fewer than t units fails.
class ExtremeValueRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("extreme-value"); }
    QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                            const profiles::Profile& profile) const override;
    QString summarise(const QList<Finding>& findings,
                      const profiles::Profile& profile) const override;
};

} // namespace egress::rules
