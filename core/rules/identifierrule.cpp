#include "identifierrule.h"

#include "cellfindings.h"
#include "identifierscanner.h"
#include "table/table.h"

#include <QSet>

#include <cmath>

namespace egress::rules {
namespace {

QString listOf(const QList<IdentifierScanner::Match>& matches)
{
    QStringList parts;
    for (const IdentifierScanner::Match& match : matches)
        parts.append(IdentifierScanner::describe(match.kind) + QStringLiteral(" (") + match.masked
                     + u')');
    return parts.join(QStringLiteral(", "));
}

Finding outputFinding(const QString& where, const QList<IdentifierScanner::Match>& matches)
{
    Finding finding;
    finding.rule = QStringLiteral("identifier");
    finding.status = Status::Fail;
    finding.message = where + QStringLiteral(" holds ") + listOf(matches);
    return finding;
}

// A count that is really a ten-digit NHS number pasted into a value column.
QString asTenDigits(double value)
{
    if (value < 1e9 || value >= 1e10 || value != std::trunc(value))
        return {};
    return QString::number(static_cast<qint64>(value));
}

} // namespace

QList<Finding> IdentifierRule::evaluate(const table::Table& table, const table::Evidence*,
                                        const profiles::Profile&) const
{
    QList<Finding> findings;
    const QStringList& dimensions = table.rowDimensions();
    for (qsizetype dimension = 0; dimension < dimensions.size(); ++dimension) {
        const auto matches = IdentifierScanner::scan(dimensions.at(dimension));
        if (!matches.isEmpty()) {
            findings.append(outputFinding(
                QStringLiteral("the name of row dimension %1").arg(dimension + 1), matches));
        }
    }
    for (qsizetype column = 0; column < table.columnCount(); ++column) {
        const QString heading = table::formatLabelPath(table.columnLabel(column));
        const auto matches = IdentifierScanner::scan(heading);
        if (!matches.isEmpty()) {
            findings.append(outputFinding(
                QStringLiteral("the heading of value column %1").arg(column + 1), matches));
        }
    }
    // Each distinct label once: "Hillingdon" on twenty rows is one label, not twenty.
    QSet<QPair<qsizetype, QString>> seenLabels;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        const table::LabelPath& labels = table.rowLabel(row);
        for (qsizetype dimension = 0; dimension < labels.size(); ++dimension) {
            const QString& label = labels.at(dimension);
            if (seenLabels.contains({dimension, label}))
                continue;
            seenLabels.insert({dimension, label});
            const bool birthContext = IdentifierScanner::speaksOfBirth(dimensions.value(dimension));
            const auto matches = IdentifierScanner::scan(label, birthContext);
            if (!matches.isEmpty()) {
                findings.append(
                    outputFinding(QStringLiteral("a label of row dimension %1 (first on row %2)")
                                      .arg(dimension + 1)
                                      .arg(row + 1),
                                  matches));
            }
        }
    }
    findings.append(
        findingsForCells(table, id(), [](const table::Table&, qsizetype, qsizetype, double n) {
            std::optional<CellVerdict> verdict;
            const QString digits = asTenDigits(n);
            if (!digits.isEmpty() && IdentifierScanner::isValidNhsNumber(digits)) {
                verdict = CellVerdict {
                    Status::Fail,
                    QStringLiteral("the value is %1").arg(listOf(IdentifierScanner::scan(digits)))};
            }
            return verdict;
        }));
    // Suppressed cells are skipped by findingsForCells; their text can still leak.
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (qsizetype column = 0; column < table.columnCount(); ++column) {
            const table::Cell& cell = table.cell(row, column);
            if (!cell.isSuppressed())
                continue;
            const auto matches = IdentifierScanner::scan(cell.sourceText);
            if (matches.isEmpty())
                continue;
            Finding finding = outputFinding(QStringLiteral("the cell"), matches);
            finding.cell
                = CellPosition {row, column, table.rowLabel(row), table.columnLabel(column)};
            findings.append(std::move(finding));
        }
    }
    return findings;
}

QList<Finding> IdentifierRule::scanText(const QString& text)
{
    QList<Finding> findings;
    const QStringList lines = text.split(u'\n');
    for (qsizetype line = 0; line < lines.size(); ++line) {
        const auto matches = IdentifierScanner::scan(lines.at(line));
        if (!matches.isEmpty())
            findings.append(outputFinding(QStringLiteral("line %1").arg(line + 1), matches));
    }
    return findings;
}

QString IdentifierRule::summarise(const QList<Finding>& findings, const profiles::Profile&) const
{
    return findings.size() == 1
        ? QStringLiteral("1 place with a direct identifier")
        : QStringLiteral("%1 places with a direct identifier").arg(findings.size());
}

} // namespace egress::rules
