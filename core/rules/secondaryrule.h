#pragma once

#include "rule.h"

namespace egress::rules {

// `secondary`: a table that arrives with suppressed cells and totals is audited as protection
// audits its own work. Each suppressed count or sum gets its feasibility interval by linear
// programming over the table's relations, the published values and what the markers tell ("<5");
// it fails when the interval is exact (the totals give the value away) or narrower than the
// profile's threshold t (an intruder can pin it within fewer than t). Under a rounding profile the
// published counts are ranges, not values (docs/rules.md).
class SecondaryRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("secondary"); }
    QList<Finding> evaluate(const table::Table& table, const table::Evidence* evidence,
                            const profiles::Profile& profile) const override;
    QString summarise(const QList<Finding>& findings,
                      const profiles::Profile& profile) const override;
};

} // namespace egress::rules
