#include "thresholdrule.h"

#include "cellfindings.h"
#include "cellroles.h"
#include "profiles/profile.h"
#include "table/numberformat.h"
#include "table/table.h"

namespace egress::rules {

namespace {

// A statistic over fewer than t units discloses as much as the count of them would.
std::optional<CellVerdict> judgeStatistic(const table::Table& table,
                                          const table::Evidence* evidence, qsizetype row,
                                          qsizetype column, double t)
{
    const std::optional<double> n = unitsBehind(table, evidence, row, column);
    // "a other of 9 people" would not read; a rate or ratio is just a statistic.
    const table::ColumnRole role = table.columnRole(column);
    const QString statistic
        = role == table::ColumnRole::Other ? QStringLiteral("statistic") : toString(role);
    if (!n) {
        return CellVerdict {Status::Review,
                            QStringLiteral("the number of people behind this %1 is not published "
                                           "and no evidence came with the table: the threshold "
                                           "cannot be checked")
                                .arg(statistic)};
    }
    if (*n > 0 && *n < t) {
        return CellVerdict {
            Status::Fail,
            QStringLiteral("a %1 of %2 %3 < threshold %4")
                .arg(statistic, table::formatNumber(*n), peopleNoun(*n), table::formatNumber(t))};
    }
    return std::nullopt;
}

} // namespace

QList<Finding> ThresholdRule::evaluate(const table::Table& table, const table::Evidence* evidence,
                                       const profiles::Profile& profile) const
{
    const double t = profile.threshold();
    return findingsForCells(
        table, id(), [&](const table::Table&, qsizetype row, qsizetype column, double n) {
            std::optional<CellVerdict> verdict;
            if (isMagnitudeStatistic(table, column))
                return judgeStatistic(table, evidence, row, column, t);
            if (!isUnitCount(table, column))
                return verdict;
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
    const auto isNegativeCount = [](const Finding& finding) {
        return finding.status == Status::Review && finding.value && *finding.value < 0;
    };
    const qsizetype negative = std::count_if(findings.cbegin(), findings.cend(), isNegativeCount);
    const qsizetype unknown = countWithStatus(findings, Status::Review) - negative;
    QStringList parts;
    if (below > 0) {
        parts.append(
            QStringLiteral("%1 below threshold %2").arg(cellsNoun(below)).arg(profile.threshold()));
    }
    if (negative > 0)
        parts.append(QStringLiteral("%1 with a negative count").arg(cellsNoun(negative)));
    if (unknown > 0)
        parts.append(
            QStringLiteral("%1 whose number of people is unknown").arg(cellsNoun(unknown)));
    return parts.join(QStringLiteral("; "));
}

} // namespace egress::rules
