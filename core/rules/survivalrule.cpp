#include "survivalrule.h"

#include "cellfindings.h"
#include "profiles/profile.h"
#include "table/numberformat.h"
#include "table/table.h"

namespace egress::rules {
namespace {

std::optional<qsizetype> columnWithRole(const table::Table& table, table::ColumnRole role)
{
    for (qsizetype column = 0; column < table.columnCount(); ++column) {
        if (table.columnRole(column) == role)
            return column;
    }
    return std::nullopt;
}

std::optional<double> valueAt(const table::Table& table, qsizetype row,
                              std::optional<qsizetype> column)
{
    if (!column || row >= table.rowCount())
        return std::nullopt;
    return table.cell(row, *column).value;
}

} // namespace

QList<Finding> SurvivalRule::evaluate(const table::Table& table, const table::Evidence*,
                                      const profiles::Profile& profile) const
{
    if (!profile.survival() || table.kind() != table::OutputKind::Survival)
        return {};
    const double t = profile.survival()->t;
    const std::optional<qsizetype> atRisk = columnWithRole(table, table::ColumnRole::AtRisk);
    const std::optional<qsizetype> events = columnWithRole(table, table::ColumnRole::Events);
    const std::optional<qsizetype> censored = columnWithRole(table, table::ColumnRole::Censored);

    QList<Finding> findings;
    const auto report = [&](qsizetype row, qsizetype column, double value, const QString& message) {
        Finding finding = outputFinding(id(), Status::Fail, value, message);
        finding.cell = CellPosition {row, column, table.rowLabel(row), table.columnLabel(column)};
        findings.append(std::move(finding));
    };
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        const std::optional<double> risk = valueAt(table, row, atRisk);
        if (risk && *risk > 0 && *risk < t) {
            report(row, *atRisk, *risk,
                   QStringLiteral("%1 %2 at risk < %3")
                       .arg(table::formatNumber(*risk), peopleNoun(*risk), table::formatNumber(t)));
        }
        // Who left the risk set at this step: the published events and censored, or else the
        // fall in the number at risk to the next step.
        const std::optional<double> died = valueAt(table, row, events);
        const std::optional<double> lost = valueAt(table, row, censored);
        std::optional<double> left;
        if (died && (lost || !censored))
            left = *died + lost.value_or(0.0);
        else if (risk && !events && !censored)
            if (const std::optional<double> next = valueAt(table, row + 1, atRisk))
                left = *risk - *next;
        if (left && *left > 0 && *left < t) {
            const qsizetype column = events ? *events : *atRisk;
            report(row, column, *left,
                   QStringLiteral("%1 %2 left the risk set at this step < %3: each step must "
                                  "be a group of at least %3")
                       .arg(table::formatNumber(*left), peopleNoun(*left), table::formatNumber(t)));
        }
    }
    return findings;
}

QString SurvivalRule::summarise(const QList<Finding>& findings,
                                const profiles::Profile& profile) const
{
    return QStringLiteral("%1 of the survival table below %2")
        .arg(cellsNoun(findings.size()))
        .arg(profile.survival() ? profile.survival()->t : 0);
}

} // namespace egress::rules
