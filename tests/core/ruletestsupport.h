#pragma once

// Building blocks shared by the rule tests: profiles, cells and small tables made in code, so
// that each test states only the numbers it is about.

#include "profiles/profile.h"
#include "rules/finding.h"
#include "table/evidence.h"
#include "table/numberformat.h"
#include "table/table.h"

#include <QList>
#include <QString>

#include <optional>

namespace egress::testing {

// A profile with threshold t and the given zero action ("safe", "review" or "fail").
inline profiles::Profile profileWith(int t, const QString& zeros = QStringLiteral("review"))
{
    const QByteArray json
        = QStringLiteral(R"({"schema": "egress-review/profile/1", "name": "test-t%1-%2",
            "version": 1, "rules": {"threshold": {"t": %1}, "zero": {"action": "%2"}}})")
              .arg(t)
              .arg(zeros)
              .toUtf8();
    return profiles::Profile::fromJson(json, QStringLiteral("inline profile"));
}

// A profile named `name` whose "rules" object is the given JSON text (threshold and zero must
// be in it, as in any profile).
inline profiles::Profile profileWithRules(const QString& name, const QString& rulesJson)
{
    const QByteArray json = QStringLiteral(R"({"schema": "egress-review/profile/1", "name": "%1",
            "version": 1, "rules": %2})")
                                .arg(name, rulesJson)
                                .toUtf8();
    return profiles::Profile::fromJson(json, QStringLiteral("inline profile"));
}

// A profile "test" with threshold t and zeros to review, plus more rules: `extraRules` is the
// text of further members of "rules", e.g. R"("dominance-nk": {"n": 2, "k": 90})".
inline profiles::Profile profileWithExtraRules(const QString& extraRules, int t = 10)
{
    return profileWithRules(
        QStringLiteral("test"),
        QStringLiteral(R"({"threshold": {"t": %1}, "zero": {"action": "review"}, %2})")
            .arg(t)
            .arg(extraRules));
}

// A published cell, or a suppressed one ("*") for nullopt.
inline table::Cell cellOf(std::optional<double> value)
{
    table::Cell cell;
    cell.value = value;
    cell.sourceText = value ? table::formatNumber(*value) : QStringLiteral("*");
    return cell;
}

// Rows r0..r(rows-1) over one dimension "group" × columns c0..c(columns-1); values row-major.
inline table::Table grid(qsizetype rows, qsizetype columns,
                         const QList<std::optional<double>>& values)
{
    QList<table::LabelPath> rowLabels;
    for (qsizetype r = 0; r < rows; ++r)
        rowLabels.append(table::LabelPath {QStringLiteral("r%1").arg(r)});
    QList<table::LabelPath> columnLabels;
    for (qsizetype c = 0; c < columns; ++c)
        columnLabels.append(table::LabelPath {QStringLiteral("c%1").arg(c)});
    QList<table::Cell> cells;
    for (const auto& value : values)
        cells.append(cellOf(value));
    return table::Table({QStringLiteral("group")}, rowLabels, columnLabels, cells);
}

// Rows North, South, Total × columns Male, Female, Total; nine values row-major.
inline table::Table areaBySex(const QList<std::optional<double>>& values)
{
    QList<table::Cell> cells;
    for (const auto& value : values)
        cells.append(cellOf(value));
    return table::Table(
        {QStringLiteral("area")},
        {table::LabelPath {QStringLiteral("North")}, table::LabelPath {QStringLiteral("South")},
         table::LabelPath {QStringLiteral("Total")}},
        {table::LabelPath {QStringLiteral("Male")}, table::LabelPath {QStringLiteral("Female")},
         table::LabelPath {QStringLiteral("Total")}},
        std::move(cells));
}

// A value column of a table made in code: its heading (one or more levels) and its role.
struct ValueColumn
{
    table::LabelPath heading;
    table::ColumnRole role = table::ColumnRole::Count;
};

inline ValueColumn valueColumn(const QString& heading, table::ColumnRole role)
{
    return {table::LabelPath {heading}, role};
}

inline ValueColumn valueColumn(const QString& category, const QString& statistic,
                               table::ColumnRole role)
{
    return {table::LabelPath {category, statistic}, role};
}

// A table of `kind`: one row dimension "group" with the given row labels, the given value
// columns, values row-major (nullopt: suppressed).
inline table::Table tableOf(table::OutputKind kind, const QStringList& rowLabels,
                            const QList<ValueColumn>& columns,
                            const QList<std::optional<double>>& values)
{
    QList<table::LabelPath> rows;
    for (const QString& label : rowLabels)
        rows.append(table::LabelPath {label});
    QList<table::LabelPath> headings;
    QList<table::ColumnRole> roles;
    for (const ValueColumn& column : columns) {
        headings.append(column.heading);
        roles.append(column.role);
    }
    QList<table::Cell> cells;
    for (const auto& value : values)
        cells.append(cellOf(value));
    table::Table table({QStringLiteral("group")}, rows, headings, cells, kind);
    table.setColumnRoles(roles);
    return table;
}

inline table::Table magnitudeTable(const QStringList& rowLabels, const QList<ValueColumn>& columns,
                                   const QList<std::optional<double>>& values)
{
    return tableOf(table::OutputKind::Magnitude, rowLabels, columns, values);
}

// The evidence for the cells of row `row` under the column categories `categories` (statistic
// headings left out; {} for a table without categories): `units` contributors whose totals add
// up to `total`, the largest of them `top`, in descending order.
inline table::CellEvidence contributions(const QString& row, const table::LabelPath& categories,
                                         qint64 units, double total, const QList<double>& top)
{
    table::CellEvidence cell;
    cell.row = table::LabelPath {row};
    cell.column = categories;
    cell.units = units;
    cell.total = total;
    cell.top = top;
    return cell;
}

inline table::Evidence evidenceOf(const QList<table::CellEvidence>& cells)
{
    table::Evidence evidence;
    for (const table::CellEvidence& cell : cells)
        evidence.add(cell);
    return evidence;
}

// "fail A×sum | message", one line per finding in the rule's order, so that a test compares
// whole lists of findings; an output-level finding reads "review - | message". A finding of
// another rule than `rule` is marked "[that-rule]" so that the comparison shows it.
inline QStringList describeFindings(const QList<rules::Finding>& findings, const QString& rule)
{
    QStringList lines;
    for (const rules::Finding& finding : findings) {
        const QString where = finding.cell ? finding.cell->rowPath.join(u'/') + QStringLiteral("×")
                + finding.cell->columnPath.join(u'/')
                                           : QStringLiteral("-");
        const QString other
            = finding.rule == rule ? QString() : QStringLiteral("[%1] ").arg(finding.rule);
        lines.append(QStringLiteral("%1%2 %3 | %4")
                         .arg(other, rules::toString(finding.status), where, finding.message));
    }
    return lines;
}

} // namespace egress::testing
