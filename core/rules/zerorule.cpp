#include "zerorule.h"

#include "cellfindings.h"
#include "cellroles.h"
#include "profiles/profile.h"
#include "table/table.h"

namespace egress::rules {

QList<Finding> ZeroRule::evaluate(const table::Table& table, const table::Evidence*,
                                  const profiles::Profile& profile) const
{
    const profiles::ZeroAction action = profile.zeroAction();
    if (action == profiles::ZeroAction::Safe)
        return {};
    return findingsForCells(
        table, id(), [&](const table::Table&, qsizetype row, qsizetype column, double n) {
            std::optional<CellVerdict> verdict;
            if (n != 0.0 || !isUnitCount(table, column) || table.isStructuralZero(row, column))
                return verdict;
            if (action == profiles::ZeroAction::Fail) {
                verdict
                    = CellVerdict {Status::Fail,
                                   QStringLiteral("0 people: profile %1 treats zeros as disclosive")
                                       .arg(profile.name())};
            } else {
                verdict = CellVerdict {
                    Status::Review,
                    QStringLiteral(
                        "0 people: a zero can disclose that nobody in this group has the "
                        "attribute; judge it in its context")};
            }
            return verdict;
        });
}

QString ZeroRule::summarise(const QList<Finding>& findings, const profiles::Profile&) const
{
    const qsizetype failing = countWithStatus(findings, Status::Fail);
    const qsizetype review = countWithStatus(findings, Status::Review);
    QStringList parts;
    if (failing > 0)
        parts.append(QStringLiteral("%1 with zero").arg(cellsNoun(failing)));
    if (review > 0)
        parts.append(QStringLiteral("%1 with zero to review").arg(cellsNoun(review)));
    return parts.join(QStringLiteral("; "));
}

} // namespace egress::rules
