#include "table.h"

#include <algorithm>
#include <stdexcept>

namespace egress::table {
namespace {

QList<bool> marginFlags(const QList<LabelPath>& labels)
{
    QList<bool> flags;
    flags.reserve(labels.size());
    for (const LabelPath& path : labels)
        flags.append(std::any_of(path.cbegin(), path.cend(), &Table::isMarginLabel));
    return flags;
}

} // namespace

Table::Table(QStringList rowDimensions, QList<LabelPath> rowLabels, QList<LabelPath> columnLabels,
             QList<Cell> cells, OutputKind kind)
    : m_rowDimensions(std::move(rowDimensions))
    , m_rowLabels(std::move(rowLabels))
    , m_columnLabels(std::move(columnLabels))
    , m_cells(std::move(cells))
    , m_marginRows(marginFlags(m_rowLabels))
    , m_marginColumns(marginFlags(m_columnLabels))
    , m_columnRoles(m_columnLabels.size(), ColumnRole::Count)
    , m_kind(kind)
{
    if (m_cells.size() != m_rowLabels.size() * m_columnLabels.size())
        throw std::invalid_argument("Table: cell count differs from rows × columns");
}

Table Table::withCells(QList<Cell> cells) const
{
    if (cells.size() != m_cells.size())
        throw std::invalid_argument("Table::withCells: one cell per cell of the table");
    Table result = *this;
    result.m_cells = std::move(cells);
    return result;
}

void Table::setColumnRoles(QList<ColumnRole> roles)
{
    if (roles.size() != m_columnLabels.size())
        throw std::invalid_argument("Table: one column role per column is required");
    m_columnRoles = std::move(roles);
}

const Cell& Table::cell(qsizetype row, qsizetype column) const
{
    return m_cells.at(row * columnCount() + column);
}

qsizetype Table::suppressedCellCount() const
{
    return std::count_if(m_cells.cbegin(), m_cells.cend(),
                         [](const Cell& cell) { return cell.isSuppressed(); });
}

void Table::markStructuralZero(qsizetype row, qsizetype column)
{
    m_structuralZeros.insert(row * columnCount() + column);
}

QString Table::describeCell(qsizetype row, qsizetype column) const
{
    const QString rowText = formatLabelPath(rowLabel(row));
    const QString columnText = formatLabelPath(columnLabel(column));
    if (rowText.isEmpty())
        return columnText;
    return rowText + QStringLiteral(" × ") + columnText;
}

bool Table::isMarginLabel(const QString& label)
{
    const QString trimmed = label.trimmed();
    return trimmed.compare(QLatin1String("Total"), Qt::CaseInsensitive) == 0
        || trimmed.compare(QLatin1String("All"), Qt::CaseInsensitive) == 0
        || trimmed.compare(QLatin1String("Overall"), Qt::CaseInsensitive) == 0;
}

} // namespace egress::table
