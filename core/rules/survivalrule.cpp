#include "survivalrule.h"

#include "cellfindings.h"
#include "cellroles.h"
#include "profiles/profile.h"
#include "table/numberformat.h"
#include "table/table.h"

#include <algorithm>

namespace egress::rules {
namespace {

// The columns of one survival curve. A wide table publishes one curve per category
// ({"Male", "at risk"}, {"Female", "at risk"}, …); each is judged on its own columns.
struct Curve
{
    table::LabelPath categories;
    std::optional<qsizetype> atRisk;
    std::optional<qsizetype> events;
    std::optional<qsizetype> censored;
};

QList<Curve> curvesOf(const table::Table& table)
{
    QList<Curve> curves;
    for (qsizetype column = 0; column < table.columnCount(); ++column) {
        const table::ColumnRole role = table.columnRole(column);
        if (role != table::ColumnRole::AtRisk && role != table::ColumnRole::Events
            && role != table::ColumnRole::Censored)
            continue;
        const table::LabelPath categories = categoriesOf(table.columnLabel(column));
        auto curve = std::find_if(curves.begin(), curves.end(), [&](const Curve& candidate) {
            return candidate.categories == categories;
        });
        if (curve == curves.end()) {
            curves.append(Curve {categories, {}, {}, {}});
            curve = curves.end() - 1;
        }
        std::optional<qsizetype>& slot = role == table::ColumnRole::AtRisk ? curve->atRisk
            : role == table::ColumnRole::Events                            ? curve->events
                                                                           : curve->censored;
        if (!slot)
            slot = column;
    }
    return curves;
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

    QList<Finding> findings;
    const auto report = [&](qsizetype row, qsizetype column, double value, const QString& message) {
        Finding finding = outputFinding(id(), Status::Fail, value, message);
        finding.cell = CellPosition {row, column, table.rowLabel(row), table.columnLabel(column)};
        findings.append(std::move(finding));
    };
    const QList<Curve> curves = curvesOf(table);
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (const Curve& curve : curves) {
            const std::optional<double> risk = valueAt(table, row, curve.atRisk);
            if (risk && *risk > 0 && *risk < t) {
                report(row, *curve.atRisk, *risk,
                       QStringLiteral("%1 %2 at risk < %3")
                           .arg(table::formatNumber(*risk), peopleNoun(*risk),
                                table::formatNumber(t)));
            }
            // Who left the risk set at this step: the published events and censored, or else
            // the fall in the number at risk to the next step.
            const std::optional<double> died = valueAt(table, row, curve.events);
            const std::optional<double> lost = valueAt(table, row, curve.censored);
            std::optional<double> left;
            if (died && (lost || !curve.censored))
                left = *died + lost.value_or(0.0);
            else if (risk && !curve.events && !curve.censored)
                if (const std::optional<double> next = valueAt(table, row + 1, curve.atRisk))
                    left = *risk - *next;
            if (left && *left > 0 && *left < t) {
                const qsizetype column = curve.events ? *curve.events : *curve.atRisk;
                report(row, column, *left,
                       QStringLiteral("%1 %2 left the risk set at this step < %3: each step must "
                                      "be a group of at least %3")
                           .arg(table::formatNumber(*left), peopleNoun(*left),
                                table::formatNumber(t)));
            }
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
