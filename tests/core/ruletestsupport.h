#pragma once

// Building blocks shared by the rule tests: profiles, cells and small tables made in code, so
// that each test states only the numbers it is about.

#include "profiles/profile.h"
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

// A published cell, or a suppressed one ("*") for nullopt.
inline table::Cell cellOf(std::optional<double> value)
{
    table::Cell cell;
    cell.value = value;
    cell.sourceText = value ? QString::number(*value) : QStringLiteral("*");
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

} // namespace egress::testing
