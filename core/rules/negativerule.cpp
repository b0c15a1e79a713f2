#include "negativerule.h"

#include "dominancecells.h"
#include "profiles/profile.h"
#include "table/evidence.h"

namespace egress::rules {

QList<Finding> NegativeRule::evaluate(const table::Table& table, const table::Evidence* evidence,
                                      const profiles::Profile& profile) const
{
    if (!profile.negative())
        return {};
    const Status status
        = profile.negative()->severity == profiles::Severity::Fail ? Status::Fail : Status::Review;
    return findingsForEvidenceCells(
        table, evidence, id(), false,
        [&](const table::CellEvidence& cell) -> std::optional<CellVerdict> {
            if (cell.negatives == 0)
                return std::nullopt;
            return CellVerdict {status,
                                QStringLiteral("%1 of %2 %3 negative: dominance is undefined, "
                                               "so a person must judge the cell")
                                    .arg(cell.negatives)
                                    .arg(cell.units)
                                    .arg(cell.negatives == 1
                                             ? QStringLiteral("contributions is")
                                             : QStringLiteral("contributions are"))};
        });
}

QString NegativeRule::summarise(const QList<Finding>& findings, const profiles::Profile&) const
{
    return QStringLiteral("%1 with negative contributions").arg(cellsNoun(findings.size()));
}

} // namespace egress::rules
