#include "thresholdrule.h"

#include "cellfindings.h"
#include "profiles/profile.h"
#include "table/numberformat.h"
#include "table/table.h"

namespace egress::rules {

QList<Finding> ThresholdRule::evaluate(const table::Table& table, const table::Evidence*,
                                       const profiles::Profile& profile) const
{
    const double t = profile.threshold();
    return findingsForCells(table, id(), [&](const table::Table&, qsizetype, qsizetype, double n) {
        std::optional<CellVerdict> verdict;
        if (n < 0) {
            verdict = CellVerdict {
                Status::Review,
                QStringLiteral("%1 is a negative count, which a frequency table cannot hold: "
                               "check how it was produced")
                    .arg(table::formatNumber(n))};
        } else if (n > 0 && n < t) {
            verdict = CellVerdict {
                Status::Fail,
                QStringLiteral("%1 %2 < threshold %3")
                    .arg(table::formatNumber(n), peopleNoun(n), table::formatNumber(t))};
        }
        return verdict;
    });
}

QString ThresholdRule::summarise(const QList<Finding>& findings,
                                 const profiles::Profile& profile) const
{
    const qsizetype below = countWithStatus(findings, Status::Fail);
    const qsizetype negative = countWithStatus(findings, Status::Review);
    QStringList parts;
    if (below > 0) {
        parts.append(
            QStringLiteral("%1 below threshold %2").arg(cellsNoun(below)).arg(profile.threshold()));
    }
    if (negative > 0)
        parts.append(QStringLiteral("%1 with a negative count").arg(cellsNoun(negative)));
    return parts.join(QStringLiteral("; "));
}

} // namespace egress::rules
