#include "tableclassifier.h"

#include "inputerror.h"
#include "table/columnrole.h"

#include <QRegularExpression>

namespace egress::io {
namespace {

using table::ColumnRole;

// The role a column's headings announce: {"Residential", "mean"} → mean. A statistic other than
// a count wins over a count, at whatever level it stands, because a category may be called "N"
// (pandas puts the statistic on top: {"mean", "inc_grants", "N"}).
std::optional<ColumnRole> headingRole(const table::LabelPath& path)
{
    std::optional<ColumnRole> count;
    for (auto label = path.crbegin(); label != path.crend(); ++label) {
        const std::optional<ColumnRole> role = table::columnRoleFromHeading(*label);
        if (role && *role != ColumnRole::Count)
            return role;
        if (role)
            count = role;
    }
    return count;
}

// Whether a row dimension is named as a time ("Time", "days"): pandas writes a survival table's
// time as its index (statsmodels' SurvfuncRight.summary(), which ACRO publishes), and a reader
// told that the first column holds labels has it as a row dimension, not a value column.
bool hasTimeDimension(const table::Table& table)
{
    for (const QString& dimension : table.rowDimensions()) {
        if (table::columnRoleFromHeading(dimension) == ColumnRole::Time)
            return true;
    }
    return false;
}

table::OutputKind inferKind(const QList<std::optional<ColumnRole>>& roles, bool timeDimension,
                            const std::optional<ColumnRole>& declaredStatistic)
{
    const auto has = [&roles](ColumnRole role) { return roles.contains(role); };
    if (has(ColumnRole::Estimate))
        return table::OutputKind::Regression;
    if (has(ColumnRole::Time) && (has(ColumnRole::AtRisk) || has(ColumnRole::Events)))
        return table::OutputKind::Survival;
    // With the time as the rows, an at-risk column must say it: deaths by year alone are a
    // frequency table, whose zeros and rounding the survival rule would not judge.
    if (timeDimension && has(ColumnRole::AtRisk))
        return table::OutputKind::Survival;
    if (has(ColumnRole::BinLower) || has(ColumnRole::BinUpper))
        return table::OutputKind::Histogram;
    if (declaredStatistic && table::isMagnitudeRole(*declaredStatistic))
        return table::OutputKind::Magnitude;
    for (const std::optional<ColumnRole>& role : roles) {
        if (role && table::isMagnitudeRole(*role))
            return table::OutputKind::Magnitude;
    }
    return table::OutputKind::Frequency;
}

ColumnRole roleFor(table::OutputKind kind, const std::optional<ColumnRole>& heading,
                   const std::optional<ColumnRole>& declaredStatistic)
{
    switch (kind) {
    case table::OutputKind::Frequency:
        // Every value of a frequency table is a count, whatever its category is called ("Days",
        // "Mean Street").
        return ColumnRole::Count;
    case table::OutputKind::Magnitude:
        if (heading)
            return *heading;
        return declaredStatistic ? *declaredStatistic : ColumnRole::Other;
    default:
        return heading ? *heading : ColumnRole::Other;
    }
}

std::optional<double> firstValue(const table::Table& table, qsizetype row)
{
    for (qsizetype column = 0; column < table.columnCount(); ++column) {
        if (const std::optional<double>& value = table.cell(row, column).value)
            return value;
    }
    return std::nullopt;
}

table::ModelStatistics modelStatistics(const table::Table& table)
{
    static const QRegularExpression observations(
        QStringLiteral(R"(^(n|nobs|n[ _.]?obs(ervations)?|no\.? ?(of )?observations|)"
                       R"(number of obs(ervations)?|observations)$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression residualDf(
        QStringLiteral(R"(^(df[ _.]?resid(uals?)?|residual[ _]d\.?f\.?|)"
                       R"(residual degrees of freedom)$)"),
        QRegularExpression::CaseInsensitiveOption);
    table::ModelStatistics statistics;
    double parameters = 0;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        const QString label = table.rowLabel(row).isEmpty()
            ? QString()
            : table.rowLabel(row).constLast().simplified().remove(u':');
        if (observations.match(label).hasMatch())
            statistics.observations = firstValue(table, row);
        else if (residualDf.match(label).hasMatch())
            statistics.residualDegreesOfFreedom = firstValue(table, row);
        else
            ++parameters;
    }
    if (parameters > 0)
        statistics.parameters = parameters;
    return statistics;
}

} // namespace

void TableClassifier::classify(table::Table& table, const TableLayout& layout)
{
    std::optional<ColumnRole> declaredStatistic;
    if (!layout.statistic.isEmpty())
        declaredStatistic = table::columnRoleFromHeading(layout.statistic);
    QList<std::optional<ColumnRole>> headings;
    for (qsizetype column = 0; column < table.columnCount(); ++column)
        headings.append(headingRole(table.columnLabel(column)));

    const table::OutputKind kind = layout.kind
        ? *layout.kind
        : inferKind(headings, hasTimeDimension(table), declaredStatistic);
    QList<ColumnRole> roles;
    for (const std::optional<ColumnRole>& heading : headings)
        roles.append(roleFor(kind, heading, declaredStatistic));
    table.setKind(kind);
    table.setColumnRoles(std::move(roles));
    if (kind == table::OutputKind::Regression) {
        table::ModelStatistics statistics = modelStatistics(table);
        if (layout.residualDegreesOfFreedom)
            statistics.residualDegreesOfFreedom = layout.residualDegreesOfFreedom;
        table.setModelStatistics(statistics);
    }
}

void TableClassifier::markStructuralZeros(
    table::Table& table, const QList<std::pair<table::LabelPath, table::LabelPath>>& cells,
    const QString& fileName)
{
    for (const auto& [rowPath, columnPath] : cells) {
        qsizetype row = -1;
        for (qsizetype candidate = 0; candidate < table.rowCount() && row < 0; ++candidate) {
            if (table.rowLabel(candidate) == rowPath)
                row = candidate;
        }
        qsizetype column = -1;
        for (qsizetype candidate = 0; candidate < table.columnCount() && column < 0; ++candidate) {
            if (table.columnLabel(candidate) == columnPath)
                column = candidate;
        }
        const QString name = table::formatLabelPath(rowPath) + QStringLiteral(" × ")
            + table::formatLabelPath(columnPath);
        if (row < 0 || column < 0) {
            throw InputError(
                fileName,
                QStringLiteral("the structural zero '%1' names no cell of the table").arg(name));
        }
        const table::Cell& cell = table.cell(row, column);
        if (!cell.isSuppressed() && *cell.value != 0.0) {
            throw InputError(fileName,
                             QStringLiteral("the structural zero '%1' holds %2, not 0")
                                 .arg(name, cell.sourceText));
        }
        table.markStructuralZero(row, column);
    }
}

} // namespace egress::io
