#include "classdisclosurerule.h"

#include "cellfindings.h"
#include "profiles/profile.h"
#include "table/numberformat.h"
#include "table/table.h"

#include <QList>

#include <functional>

namespace egress::rules {
namespace {

struct Position
{
    qsizetype row = 0;
    qsizetype column = 0;
};

// The one cell of a class that holds its whole count, if there is exactly one.
std::optional<Position> soleNonZero(const table::Table& table, const QList<Position>& members)
{
    if (members.size() < 2)
        return std::nullopt;
    std::optional<Position> found;
    for (const Position& member : members) {
        const table::Cell& cell = table.cell(member.row, member.column);
        if (cell.isSuppressed())
            return std::nullopt;
        if (*cell.value == 0.0)
            continue;
        if (found)
            return std::nullopt;
        found = member;
    }
    return found;
}

// "all 12 people in North fall in Male: the row discloses it of each of them"
QString classMessage(double n, const table::LabelPath& classLabel,
                     const table::LabelPath& cellLabel, const QString& classKind)
{
    const QString classText = table::formatLabelPath(classLabel);
    const QString cellText = table::formatLabelPath(cellLabel);
    const QString who = n == 1.0
        ? QStringLiteral("the 1 person in %1 falls in %2").arg(classText, cellText)
        : QStringLiteral("all %1 people in %2 fall in %3")
              .arg(table::formatNumber(n), classText, cellText);
    return who + QStringLiteral(": the %1 discloses it of each of them").arg(classKind);
}

QList<qsizetype> innerIndexes(qsizetype count, const std::function<bool(qsizetype)>& isMargin)
{
    QList<qsizetype> inner;
    for (qsizetype index = 0; index < count; ++index) {
        if (!isMargin(index))
            inner.append(index);
    }
    return inner;
}

} // namespace

QList<Finding> ClassDisclosureRule::evaluate(const table::Table& table, const table::Evidence*,
                                             const profiles::Profile& profile) const
{
    // Only a frequency table's cells are all counts of the same units, so that a row's or a
    // column's counts add up to its class.
    if (!profile.classDisclosure() || table.kind() != table::OutputKind::Frequency)
        return {};
    const Status status = profile.classDisclosure()->severity == profiles::Severity::Fail
        ? Status::Fail
        : Status::Review;
    const QList<qsizetype> innerRows
        = innerIndexes(table.rowCount(), [&](qsizetype row) { return table.isMarginRow(row); });
    const QList<qsizetype> innerColumns = innerIndexes(
        table.columnCount(), [&](qsizetype column) { return table.isMarginColumn(column); });

    QList<Finding> findings;
    const auto report = [&](const Position& cell, const table::LabelPath& classLabel,
                            const table::LabelPath& cellLabel, const QString& classKind) {
        const double n = *table.cell(cell.row, cell.column).value;
        Finding finding;
        finding.rule = id();
        finding.status = status;
        finding.cell = CellPosition {cell.row, cell.column, table.rowLabel(cell.row),
                                     table.columnLabel(cell.column)};
        finding.value = n;
        finding.message = classMessage(n, classLabel, cellLabel, classKind);
        findings.append(std::move(finding));
    };
    for (const qsizetype row : innerRows) {
        QList<Position> members;
        for (const qsizetype column : innerColumns)
            members.append({row, column});
        if (const auto sole = soleNonZero(table, members)) {
            report(*sole, table.rowLabel(row), table.columnLabel(sole->column),
                   QStringLiteral("row"));
        }
    }
    for (const qsizetype column : innerColumns) {
        QList<Position> members;
        for (const qsizetype row : innerRows)
            members.append({row, column});
        if (const auto sole = soleNonZero(table, members)) {
            report(*sole, table.columnLabel(column), table.rowLabel(sole->row),
                   QStringLiteral("column"));
        }
    }
    return findings;
}

QString ClassDisclosureRule::summarise(const QList<Finding>& findings,
                                       const profiles::Profile&) const
{
    return findings.size() == 1
        ? QStringLiteral("1 class held in a single cell")
        : QStringLiteral("%1 classes held in a single cell").arg(findings.size());
}

} // namespace egress::rules
