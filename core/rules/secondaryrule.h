#pragma once

#include "protect/cellcomposition.h"
#include "protect/intervalaudit.h"
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

    // knownRange for every cell, as a composition takes it: ranges only when the table is
    // rounded as the profile says (every published count above its limit a multiple of its
    // base), for an unrounded table states its counts exactly.
    static protect::CellComposition::KnownRange rangesOf(const table::Table& table,
                                                         const profiles::Profile& profile);
    // The narrowest interval a hidden cell may keep: the threshold t, or, for a cell published
    // as "<N", N when that is narrower (the marker says as much by design).
    static double protectionWidth(const profiles::Profile& profile,
                                  const std::optional<double>& upperBound);

private:
    // What a published value tells of the true one under the profile: the value itself, or,
    // where the profile rounds counts with totals rounded on their own, the counts that round
    // to it.
    static protect::CellInterval knownRange(const table::Table& table,
                                            const profiles::Profile& profile, qsizetype column,
                                            double value);
};

} // namespace egress::rules
