#include "identifierrule.h"

#include "cellfindings.h"
#include "identifierscanner.h"
#include "table/table.h"

#include <QSet>

#include <algorithm>

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

// A published value written as exactly ten digits ("0101011234" keeps its leading zero here,
// not in the parsed value); grouped or decimal numbers ("9,434,765,919") are plainly numbers.
bool isBareTenDigits(const QString& sourceText)
{
    return sourceText.size() == 10
        && std::all_of(sourceText.cbegin(), sourceText.cend(),
                       [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// One ordinary ten-digit number in eleven passes the Modulus 11 check, so one such value is only
// a suspicion. A column whose ten-digit values all pass, two or more of them, is a column of NHS
// numbers: by chance that would happen less than once in 121 columns.
QList<Status> nhsNumberColumnVerdicts(const table::Table& table)
{
    QList<Status> verdicts;
    for (qsizetype column = 0; column < table.columnCount(); ++column) {
        qsizetype tenDigitValues = 0;
        qsizetype valid = 0;
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            const table::Cell& cell = table.cell(row, column);
            if (cell.isSuppressed() || !isBareTenDigits(cell.sourceText))
                continue;
            ++tenDigitValues;
            if (IdentifierScanner::isValidNhsNumber(cell.sourceText))
                ++valid;
        }
        verdicts.append(valid >= 2 && valid == tenDigitValues ? Status::Fail : Status::Review);
    }
    return verdicts;
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
    // Cells in row-major order, as every cell-level rule reports them. A finding carries no value:
    // the value would be the identifier in full.
    const QList<Status> columnVerdicts = nhsNumberColumnVerdicts(table);
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (qsizetype column = 0; column < table.columnCount(); ++column) {
            const table::Cell& cell = table.cell(row, column);
            Finding finding;
            finding.rule = id();
            if (!cell.isSuppressed()) {
                if (!isBareTenDigits(cell.sourceText)
                    || !IdentifierScanner::isValidNhsNumber(cell.sourceText))
                    continue;
                const QString found = listOf(IdentifierScanner::scan(cell.sourceText));
                finding.status = columnVerdicts.at(column);
                finding.message = finding.status == Status::Fail
                    ? QStringLiteral("the value is %1: every ten-digit value in the column has a "
                                     "valid check digit")
                          .arg(found)
                    : QStringLiteral("the value may be %1: its check digit is valid, as it is for "
                                     "1 in 11 ten-digit numbers")
                          .arg(found);
            } else {
                // A suppressed cell's text is not a number, and nothing else looks at it.
                const auto matches = IdentifierScanner::scan(cell.sourceText);
                if (matches.isEmpty())
                    continue;
                finding.status = Status::Fail;
                finding.message
                    = QStringLiteral("the text of the suppressed cell holds ") + listOf(matches);
            }
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
    const qsizetype certain = countWithStatus(findings, Status::Fail);
    const qsizetype possible = countWithStatus(findings, Status::Review);
    QStringList parts;
    if (certain > 0) {
        parts.append(certain == 1
                         ? QStringLiteral("1 place with a direct identifier")
                         : QStringLiteral("%1 places with a direct identifier").arg(certain));
    }
    if (possible > 0) {
        parts.append(possible == 1
                         ? QStringLiteral("1 value that may be an NHS number")
                         : QStringLiteral("%1 values that may be NHS numbers").arg(possible));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace egress::rules
