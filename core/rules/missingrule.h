#pragma once

#include "rule.h"

namespace egress::rules {

// `missing`: contributions whose value was missing were dropped from a cell; when the profile
// enables this rule a person must judge whether that biases or discloses anything.
class MissingRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("missing"); }
    QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                            const profiles::Profile& profile) const override;
    QString summarise(const QList<Finding>& findings,
                      const profiles::Profile& profile) const override;
};

} // namespace egress::rules
