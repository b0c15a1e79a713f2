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

QString negativeContributions(qint64 count)
{
    return count == 1 ? QStringLiteral("1 contribution is negative")
                      : QStringLiteral("%1 contributions are negative").arg(count);
}

QString missingLargest(qsizetype listed, qsizetype needed)
{
    if (needed == 1)
        return QStringLiteral("the evidence does not list the largest contribution");
    return QStringLiteral("the evidence lists %1 of the %2 largest contributions")
        .arg(listed)
        .arg(needed);
}

QString formatPercent(double share)
{
    return table::formatNumber(std::round(share * 1000.0) / 10.0) + QLatin1Char('%');
}

} // namespace egress::rules
