#include "cellfindings.h"

#include "table/table.h"

#include <algorithm>

namespace egress::rules {

QList<Finding> findingsForCells(const table::Table& table, const QString& ruleId,
                                const CellJudge& judge)
{
    QList<Finding> findings;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (qsizetype column = 0; column < table.columnCount(); ++column) {
            const table::Cell& cell = table.cell(row, column);
            if (cell.isSuppressed())
                continue;
            const std::optional<CellVerdict> verdict = judge(table, row, column, *cell.value);
            if (!verdict)
                continue;
            Finding finding;
            finding.rule = ruleId;
            finding.status = verdict->status;
            finding.cell
                = CellPosition {row, column, table.rowLabel(row), table.columnLabel(column)};
            finding.value = cell.value;
            finding.message = verdict->message;
            findings.append(std::move(finding));
        }
    }
    return findings;
}

Finding outputFinding(const QString& ruleId, Status status, std::optional<double> value,
                      const QString& message)
{
    Finding finding;
    finding.rule = ruleId;
    finding.status = status;
    finding.value = value;
    finding.message = message;
    return finding;
}

qsizetype countWithStatus(const QList<Finding>& findings, Status status)
{
    return std::count_if(findings.cbegin(), findings.cend(),
                         [status](const Finding& finding) { return finding.status == status; });
}

QString cellsNoun(qsizetype count)
{
    return count == 1 ? QStringLiteral("1 cell") : QStringLiteral("%1 cells").arg(count);
}

QString peopleNoun(double count)
{
    return count == 1.0 ? QStringLiteral("person") : QStringLiteral("people");
}

} // namespace egress::rules
