#include "dominancecells.h"

#include "cellroles.h"
#include "profiles/profile.h"
#include "table/evidence.h"
#include "table/numberformat.h"
#include "table/table.h"

#include <cmath>

namespace egress::rules {

QList<Finding> findingsForEvidenceCells(const table::Table& table, const table::Evidence* evidence,
                                        const QString& ruleId, bool reportsMissingEvidence,
                                        const EvidenceJudge& judge)
{
    return findingsForCells(
        table, ruleId, [&](const table::Table&, qsizetype row, qsizetype column, double) {
            std::optional<CellVerdict> verdict;
            if (!isDominanceStatistic(table, column))
                return verdict;
            const table::CellEvidence* cell = evidenceFor(table, evidence, row, column);
            if (cell)
                return judge(*cell);
            if (reportsMissingEvidence) {
                verdict = CellVerdict {
                    Status::Review,
                    QStringLiteral("dominance needs contributor evidence: none came with this "
                                   "%1, so a person must judge whether one or two people "
                                   "dominate it")
                        .arg(toString(table.columnRole(column)))};
            }
            return verdict;
        });
}

bool negativeRuleCovers(const profiles::Profile& profile)
{
    return profile.negative().has_value();
}

QString formatPercent(double share)
{
    return table::formatNumber(std::round(share * 1000.0) / 10.0) + QLatin1Char('%');
}

} // namespace egress::rules
