#include "dofrule.h"

#include "cellfindings.h"
#include "profiles/profile.h"
#include "table/numberformat.h"
#include "table/table.h"

namespace egress::rules {

QList<Finding> DegreesOfFreedomRule::evaluate(const table::Table& table, const table::Evidence*,
                                              const profiles::Profile& profile) const
{
    // With every estimate suppressed (or none at all) nothing of the model is published.
    if (!profile.degreesOfFreedom() || table.kind() != table::OutputKind::Regression
        || table.suppressedCellCount() == table.rowCount() * table.columnCount())
        return {};
    const profiles::DegreesOfFreedomSettings settings = *profile.degreesOfFreedom();
    const table::ModelStatistics& model = table.modelStatistics();
    QList<Finding> findings;

    if (settings.minimum > 0) {
        const std::optional<double> df = model.effectiveResidualDegreesOfFreedom();
        if (!df) {
            findings.append(outputFinding(
                id(), Status::Review, std::nullopt,
                QStringLiteral("the residual degrees of freedom are not published (nor N and the "
                               "number of parameters): a person must confirm they are at least "
                               "%1")
                    .arg(settings.minimum)));
        } else if (*df < settings.minimum) {
            findings.append(outputFinding(id(), Status::Fail, df,
                                          QStringLiteral("residual degrees of freedom %1 < %2: "
                                                         "the model comes too close to "
                                                         "reproducing its data")
                                              .arg(table::formatNumber(*df))
                                              .arg(settings.minimum)));
        }
    }
    if (settings.maxParameterShare) {
        const double share = *settings.maxParameterShare;
        if (!model.observations || !model.parameters) {
            findings.append(outputFinding(
                id(), Status::Review, std::nullopt,
                QStringLiteral("N or the number of parameters is not published: a person must "
                               "confirm there are at most %1 × N parameters")
                    .arg(table::formatNumber(share))));
        } else if (*model.parameters / *model.observations > share) {
            // Divided rather than multiplied: 29 / 100 is the same double as a share of 0.29,
            // while 0.29 × 100 is 28.999999999999996, which would fail 29 parameters.
            findings.append(outputFinding(
                id(), Status::Fail, model.parameters,
                QStringLiteral("%1 parameters for N = %2: more than %3 × N")
                    .arg(table::formatNumber(*model.parameters),
                         table::formatNumber(*model.observations), table::formatNumber(share))));
        }
    }
    return findings;
}

QString DegreesOfFreedomRule::summarise(const QList<Finding>& findings,
                                        const profiles::Profile&) const
{
    return countWithStatus(findings, Status::Fail) > 0
        ? QStringLiteral("too few residual degrees of freedom")
        : QStringLiteral("degrees of freedom to review");
}

} // namespace egress::rules
