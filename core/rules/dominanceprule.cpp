#include "dominanceprule.h"

#include "dominancecells.h"
#include "profiles/profile.h"
#include "table/evidence.h"
#include "table/numberformat.h"

namespace egress::rules {

QList<Finding> DominancePRule::evaluate(const table::Table& table, const table::Evidence* evidence,
                                        const profiles::Profile& profile) const
{
    if (!profile.dominanceP())
        return {};
    const profiles::DominancePSettings settings = *profile.dominanceP();
    const bool coveredByNegative = negativeRuleCovers(profile);
    // When both dominance rules run, the NK rule has already asked for the missing evidence.
    const bool reportsMissingEvidence = !profile.dominanceNk().has_value();
    return findingsForEvidenceCells(
        table, evidence, id(), reportsMissingEvidence,
        [&](const table::CellEvidence& cell) -> std::optional<CellVerdict> {
            if (cell.negatives > 0) {
                if (coveredByNegative)
                    return std::nullopt;
                return CellVerdict {Status::Review,
                                    QStringLiteral("the p rule is undefined: %1")
                                        .arg(negativeContributions(cell.negatives))};
            }
            if (cell.total <= 0 || cell.units == 0) {
                if (!settings.nonPositiveTotalFails)
                    return std::nullopt;
                return CellVerdict {Status::Fail,
                                    QStringLiteral("the total is %1: profile %2 treats a "
                                                   "total of zero or less as disclosive, as "
                                                   "ACRO does")
                                        .arg(table::formatNumber(cell.total), profile.name())};
            }
            const qsizetype needed = std::min<qint64>(2, cell.units);
            if (cell.top.size() < needed) {
                return CellVerdict {Status::Review,
                                    missingLargest(cell.top.size(), needed)
                                        + QStringLiteral(": the p rule cannot be judged")};
            }
            const double x1 = cell.top.at(0);
            const double x2 = needed > 1 ? cell.top.at(1) : 0.0;
            const double rest = cell.total - x1 - x2;
            if (!(rest * 100.0 < settings.p * x1))
                return std::nullopt;
            const QString message = cell.units == 1
                ? QStringLiteral("only 1 person contributes: the cell publishes their own value")
                : cell.units == 2
                ? QStringLiteral("only 2 people contribute: each could work out the other's "
                                 "value exactly")
                : QStringLiteral("the rest of the total after the two largest contributors is "
                                 "%1 of the largest, less than p = %2%: the second largest "
                                 "could estimate the largest too closely")
                      .arg(formatPercent(rest / x1), table::formatNumber(settings.p));
            return CellVerdict {Status::Fail, message};
        });
}

QString DominancePRule::summarise(const QList<Finding>& findings,
                                  const profiles::Profile& profile) const
{
    const qsizetype failing = countWithStatus(findings, Status::Fail);
    const qsizetype review = countWithStatus(findings, Status::Review);
    QStringList parts;
    if (failing > 0 && profile.dominanceP()) {
        parts.append(QStringLiteral("%1 failing the p%2% rule")
                         .arg(cellsNoun(failing), table::formatNumber(profile.dominanceP()->p)));
    }
    if (review > 0)
        parts.append(QStringLiteral("%1 whose p rule needs review").arg(cellsNoun(review)));
    return parts.join(QStringLiteral("; "));
}

} // namespace egress::rules
