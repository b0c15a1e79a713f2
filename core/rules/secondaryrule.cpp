#include "secondaryrule.h"

#include "cellfindings.h"
#include "profiles/profile.h"
#include "protect/cellcomposition.h"
#include "protect/intervalaudit.h"
#include "protect/roundingprotector.h"
#include "table/columnrole.h"
#include "table/numberformat.h"
#include "table/table.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace egress::rules {
namespace {

// "1 to 5" ("[1, 5]" would read as a grid position). Only finite intervals are reported.
QString formatInterval(const protect::CellInterval& interval)
{
    return QStringLiteral("%1 to %2")
        .arg(table::formatNumber(interval.lower), table::formatNumber(interval.upper));
}

} // namespace

// Where the profile rounds counts above a limit to base b, with totals rounded on their own, a
// published 15 (base 5) stood for 13 to 17: the sums hold only within those ranges, and an audit
// that took them as exact would find contradictions, or values, that are not there.
protect::CellInterval SecondaryRule::knownRange(const table::Table& table,
                                                const profiles::Profile& profile, qsizetype column,
                                                double value)
{
    const auto& rounding = profile.rounding();
    if (!rounding || !rounding->marginsRerounded
        || table.columnRole(column) != table::ColumnRole::Count)
        return {value, value};
    return protect::RoundingProtector::preimage(value,
                                                {rounding->base, rounding->above, false, false});
}

protect::CellComposition::KnownRange SecondaryRule::rangesOf(const table::Table& table,
                                                             const profiles::Profile& profile)
{
    const auto& rounding = profile.rounding();
    if (!rounding || !rounding->marginsRerounded)
        return {};
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (qsizetype column = 0; column < table.columnCount(); ++column) {
            const std::optional<double>& value = table.cell(row, column).value;
            if (table.columnRole(column) == table::ColumnRole::Count && value
                && *value > rounding->above && std::fmod(*value, rounding->base) != 0)
                return {}; // not rounded: its counts are what they say
        }
    }
    return [&table, &profile](qsizetype, qsizetype column, double value) {
        const protect::CellInterval range = knownRange(table, profile, column, value);
        return std::pair {range.lower, range.upper};
    };
}

double SecondaryRule::protectionWidth(const profiles::Profile& profile,
                                      const std::optional<double>& upperBound)
{
    const double t = profile.threshold();
    return upperBound ? std::min(t, *upperBound) : t;
}

QList<Finding> SecondaryRule::evaluate(const table::Table& table, const table::Evidence*,
                                       const profiles::Profile& profile) const
{
    if (table.suppressedCellCount() == 0)
        return {};
    const protect::CellComposition::KnownRange ranges = rangesOf(table, profile);
    const protect::CellComposition composition = protect::CellComposition::of(table, ranges);
    const protect::KnownCells known
        = protect::IntervalAudit::knownCells(table, composition, ranges);
    const QList<std::optional<protect::CellInterval>>& published = known.values;
    const QList<std::optional<double>>& bounds = known.upperBounds;
    const qsizetype columns = table.columnCount();
    const bool anyHidden = std::any_of(published.cbegin(), published.cend(),
                                       [](const auto& value) { return !value.has_value(); });
    // Without a total there is no relation to recover anything from.
    const bool anyRelation = std::any_of(composition.terms().cbegin(), composition.terms().cend(),
                                         [](const QList<int>& terms) { return terms.size() > 1; });
    if (!anyHidden || !anyRelation)
        return {};
    const protect::AuditResult audit
        = protect::IntervalAudit::audit(composition, published, bounds, 1);
    if (!audit.audited) {
        return {{id(), Status::Review, std::nullopt, std::nullopt,
                 QStringLiteral("the published values are too large to audit the suppression "
                                "exactly: a person must judge whether the totals give the "
                                "suppressed cells away")}};
    }
    if (!audit.feasible) {
        return {{id(), Status::Review, std::nullopt, std::nullopt,
                 QStringLiteral("the published cells do not fit the table's totals however the "
                                "suppressed cells are filled in: check how the table was made "
                                "before judging its suppression")}};
    }
    const double t = profile.threshold();
    QList<Finding> findings;
    for (qsizetype k = 0; k < composition.cells().size(); ++k) {
        if (published.at(k))
            continue;
        const protect::CellInterval& interval = audit.intervals.at(k);
        QString message;
        if (interval.isExact()) {
            message = QStringLiteral("the totals minus the published cells give the suppressed "
                                     "value exactly: %1")
                          .arg(table::formatNumber(interval.lower));
        } else if (interval.upper - interval.lower < protectionWidth(profile, bounds.at(k))) {
            message = QStringLiteral("the totals pin the suppressed value to %1, a range of %2, "
                                     "narrower than the threshold %3")
                          .arg(formatInterval(interval),
                               table::formatNumber(interval.upper - interval.lower),
                               table::formatNumber(t));
        } else {
            continue;
        }
        const qsizetype cell = composition.cells().at(k);
        const qsizetype row = cell / columns;
        const qsizetype column = cell % columns;
        findings.append({id(), Status::Fail,
                         CellPosition {row, column, table.rowLabel(row), table.columnLabel(column)},
                         std::nullopt, message});
    }
    return findings;
}

QString SecondaryRule::summarise(const QList<Finding>& findings, const profiles::Profile&) const
{
    const qsizetype recoverable = countWithStatus(findings, Status::Fail);
    if (recoverable == 0)
        return findings.constFirst().message.contains(QLatin1String("too large"))
            ? QStringLiteral("suppression cannot be audited: values too large")
            : QStringLiteral("suppression cannot be audited: the totals do not fit");
    return QStringLiteral("%1 recoverable from the totals")
        .arg(recoverable == 1 ? QStringLiteral("1 suppressed cell")
                              : QStringLiteral("%1 suppressed cells").arg(recoverable));
}

} // namespace egress::rules
