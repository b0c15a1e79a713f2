#include "dominancenkrule.h"

#include "dominancecells.h"
#include "profiles/profile.h"
#include "table/evidence.h"
#include "table/numberformat.h"

namespace egress::rules {

QList<Finding> DominanceNkRule::evaluate(const table::Table& table, const table::Evidence* evidence,
                                         const profiles::Profile& profile) const
{
    if (!profile.dominanceNk())
        return {};
    const profiles::DominanceNkSettings settings = *profile.dominanceNk();
    const bool coveredByNegative = negativeRuleCovers(profile);
    return findingsForEvidenceCells(
        table, evidence, id(), true,
        [&](const table::CellEvidence& cell) -> std::optional<CellVerdict> {
            if (cell.negatives > 0) {
                if (coveredByNegative)
                    return std::nullopt;
                return CellVerdict {Status::Review,
                                    QStringLiteral("dominance is undefined: %1")
                                        .arg(negativeContributions(cell.negatives))};
            }
            // ACRO and tau-ARGUS: a total of zero or less has no dominant share.
            if (cell.total <= 0)
                return std::nullopt;
            const qsizetype needed = std::min<qint64>(settings.n, cell.units);
            if (cell.top.size() < needed) {
                return CellVerdict {Status::Review,
                                    missingLargest(cell.top.size(), needed)
                                        + QStringLiteral(": dominance cannot be judged")};
            }
            double largest = 0;
            for (qsizetype i = 0; i < needed; ++i)
                largest += cell.top.at(i);
            // Compared without dividing, so that a share of exactly k% is exactly k%.
            const double scaledLargest = largest * 100.0;
            const double scaledLimit = settings.k * cell.total;
            const bool dominated = settings.failAtExactlyK ? scaledLargest >= scaledLimit
                                                           : scaledLargest > scaledLimit;
            if (!dominated)
                return std::nullopt;
            const QString who = needed == 1
                ? QStringLiteral("the largest contributor holds")
                : QStringLiteral("the %1 largest contributors hold").arg(needed);
            return CellVerdict {
                Status::Fail,
                QStringLiteral("%1 %2 of the total (limit %3%4%)")
                    .arg(who, formatPercent(largest / cell.total),
                         settings.failAtExactlyK ? QStringLiteral("below ") : QString(),
                         table::formatNumber(settings.k))};
        });
}

QString DominanceNkRule::summarise(const QList<Finding>& findings,
                                   const profiles::Profile& profile) const
{
    const qsizetype failing = countWithStatus(findings, Status::Fail);
    const qsizetype review = countWithStatus(findings, Status::Review);
    QStringList parts;
    if (failing > 0 && profile.dominanceNk()) {
        parts.append(QStringLiteral("%1 dominated by %2 contributors (NK %2, %3%)")
                         .arg(cellsNoun(failing))
                         .arg(profile.dominanceNk()->n)
                         .arg(table::formatNumber(profile.dominanceNk()->k)));
    }
    if (review > 0)
        parts.append(QStringLiteral("%1 whose dominance needs review").arg(cellsNoun(review)));
    return parts.join(QStringLiteral("; "));
}

} // namespace egress::rules
