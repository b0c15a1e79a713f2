#include "histogramrule.h"

#include "cellfindings.h"
#include "profiles/profile.h"
#include "table/evidence.h"
#include "table/numberformat.h"
#include "table/table.h"

#include <algorithm>

namespace egress::rules {
namespace {

struct Edge
{
    qsizetype row = -1;
    qsizetype column = -1;
    double value = 0;
};

std::optional<Edge> outerEdge(const table::Table& table, table::ColumnRole role, bool lowest)
{
    const qsizetype column = [&] {
        for (qsizetype c = 0; c < table.columnCount(); ++c) {
            if (table.columnRole(c) == role)
                return c;
        }
        return qsizetype(-1);
    }();
    if (column < 0)
        return std::nullopt;
    std::optional<Edge> edge;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        const table::Cell& cell = table.cell(row, column);
        if (table.isMarginRow(row) || cell.isSuppressed())
            continue;
        if (!edge || (lowest ? *cell.value < edge->value : *cell.value > edge->value))
            edge = Edge {row, column, *cell.value};
    }
    return edge;
}

Finding edgeFinding(const table::Table& table, const Edge& edge, const QString& message)
{
    Finding finding = outputFinding(QStringLiteral("histogram"), Status::Fail, edge.value, message);
    finding.cell = CellPosition {edge.row, edge.column, table.rowLabel(edge.row),
                                 table.columnLabel(edge.column)};
    return finding;
}

} // namespace

QList<Finding> HistogramRule::evaluate(const table::Table& table, const table::Evidence* evidence,
                                       const profiles::Profile& profile) const
{
    if (!profile.histogram() || table.kind() != table::OutputKind::Histogram)
        return {};
    const double t = profile.threshold();
    QList<Finding> findings = findingsForCells(
        table, id(),
        [&](const table::Table&, qsizetype, qsizetype column,
            double n) -> std::optional<CellVerdict> {
            if (table.columnRole(column) != table::ColumnRole::Count || !(n > 0 && n < t))
                return std::nullopt;
            return CellVerdict {
                Status::Fail,
                QStringLiteral("this bin holds %1 %2 < threshold %3")
                    .arg(table::formatNumber(n), peopleNoun(n), table::formatNumber(t))};
        });
    if (!profile.histogram()->checkOuterEdges)
        return findings;

    const std::optional<Edge> lower = outerEdge(table, table::ColumnRole::BinLower, true);
    const std::optional<Edge> upper = outerEdge(table, table::ColumnRole::BinUpper, false);
    if (!lower && !upper)
        return findings;
    std::optional<double> dataMinimum;
    std::optional<double> dataMaximum;
    if (evidence) {
        for (const table::CellEvidence& cell : evidence->cells()) {
            if (cell.minimum)
                dataMinimum = std::min(dataMinimum.value_or(*cell.minimum), *cell.minimum);
            if (cell.maximum)
                dataMaximum = std::max(dataMaximum.value_or(*cell.maximum), *cell.maximum);
        }
    }
    if (!dataMinimum && !dataMaximum) {
        findings.append(outputFinding(
            id(), Status::Review, std::nullopt,
            QStringLiteral("no evidence gives the data's minimum and maximum: a person must "
                           "check that the outer bin edges are not people's own values")));
        return findings;
    }
    if (lower && dataMinimum && lower->value == *dataMinimum) {
        findings.append(edgeFinding(
            table, *lower,
            QStringLiteral("the lowest bin starts at %1, the smallest value in the data: one "
                           "person's own value")
                .arg(table::formatNumber(lower->value))));
    }
    if (upper && dataMaximum && upper->value == *dataMaximum) {
        findings.append(edgeFinding(
            table, *upper,
            QStringLiteral("the highest bin ends at %1, the largest value in the data: one "
                           "person's own value")
                .arg(table::formatNumber(upper->value))));
    }
    return findings;
}

QString HistogramRule::summarise(const QList<Finding>& findings,
                                 const profiles::Profile& profile) const
{
    const qsizetype smallBins
        = std::count_if(findings.cbegin(), findings.cend(), [](const Finding& finding) {
              return finding.message.startsWith(QLatin1String("this bin"));
          });
    QStringList parts;
    if (smallBins > 0) {
        parts.append(QStringLiteral("%1 below threshold %2")
                         .arg(smallBins == 1 ? QStringLiteral("1 bin")
                                             : QStringLiteral("%1 bins").arg(smallBins))
                         .arg(profile.threshold()));
    }
    if (findings.size() > smallBins)
        parts.append(QStringLiteral("outer bin edges to check"));
    return parts.join(QStringLiteral("; "));
}

} // namespace egress::rules
