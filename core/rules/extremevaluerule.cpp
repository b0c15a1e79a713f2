#include "extremevaluerule.h"

#include "cellfindings.h"
#include "cellroles.h"
#include "profiles/profile.h"
#include "table/numberformat.h"
#include "table/table.h"

namespace egress::rules {

QList<Finding> ExtremeValueRule::evaluate(const table::Table& table,
                                          const table::Evidence* evidence,
                                          const profiles::Profile& profile) const
{
    if (!profile.extremeValue() || table.kind() != table::OutputKind::Magnitude)
        return {};
    const profiles::ExtremeValueSettings settings = *profile.extremeValue();
    const Status status
        = settings.severity == profiles::Severity::Fail ? Status::Fail : Status::Review;
    const double t = profile.threshold();
    return findingsForCells(
        table, id(),
        [&](const table::Table&, qsizetype row, qsizetype column,
            double) -> std::optional<CellVerdict> {
            const table::ColumnRole role = table.columnRole(column);
            if (role != table::ColumnRole::Min && role != table::ColumnRole::Max)
                return std::nullopt;
            const QString which = role == table::ColumnRole::Min ? QStringLiteral("minimum")
                                                                 : QStringLiteral("maximum");
            if (!settings.onlyBelowThreshold) {
                return CellVerdict {status,
                                    QStringLiteral("a %1 is one person's own value: profile %2 "
                                                   "does not publish minima or maxima")
                                        .arg(which, profile.name())};
            }
            const std::optional<double> n = unitsBehind(table, evidence, row, column);
            if (!n) {
                return CellVerdict {Status::Review,
                                    QStringLiteral("a %1 is one person's own value, and the size "
                                                   "of the group is not known")
                                        .arg(which)};
            }
            if (*n > 0 && *n < t) {
                return CellVerdict {
                    status,
                    QStringLiteral("a %1 of a group of %2 < threshold %3 is one "
                                   "person's own value")
                        .arg(which, table::formatNumber(*n), table::formatNumber(t))};
            }
            return std::nullopt;
        });
}

QString ExtremeValueRule::summarise(const QList<Finding>& findings, const profiles::Profile&) const
{
    return QStringLiteral("%1 publishing a minimum or maximum").arg(cellsNoun(findings.size()));
}

} // namespace egress::rules
