#pragma once

#include "rule.h"

namespace egress::rules {

// `histogram`: every bin count 0 < n < t fails, as in a frequency table; and the outer bin
// edges must not be the data's own minimum and maximum, which are single units' values.
class HistogramRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("histogram"); }
    QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                            const profiles::Profile& profile) const override;
    QString summarise(const QList<Finding>& findings,
                      const profiles::Profile& profile) const override;
};

} // namespace egress::rules
