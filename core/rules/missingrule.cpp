#include "missingrule.h"

#include "dominancecells.h"
#include "profiles/profile.h"
#include "table/evidence.h"

namespace egress::rules {

QList<Finding> MissingRule::evaluate(const table::Table& table, const table::Evidence* evidence,
                                     const profiles::Profile& profile) const
{
    if (!profile.missing())
        return {};
    const Status status
        = profile.missing()->severity == profiles::Severity::Fail ? Status::Fail : Status::Review;
    return findingsForEvidenceCells(
        table, evidence, id(), false,
        [&](const table::CellEvidence& cell) -> std::optional<CellVerdict> {
            if (cell.missing == 0)
                return std::nullopt;
            return CellVerdict {status,
                                QStringLiteral("%1 %2 missing and dropped from this cell")
                                    .arg(cell.missing)
                                    .arg(cell.missing == 1 ? QStringLiteral("value was")
                                                           : QStringLiteral("values were"))};
        });
}

QString MissingRule::summarise(const QList<Finding>& findings, const profiles::Profile&) const
{
    return QStringLiteral("%1 with missing values dropped").arg(cellsNoun(findings.size()));
}

} // namespace egress::rules
