#pragma once

#include "cell.h"
#include "columnrole.h"
#include "labelpath.h"
#include "modelstatistics.h"
#include "outputkind.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace egress::table {

// A checked table: rows named by label paths over the row dimensions, columns named by label
// paths over the column categories, and one cell per (row, column). Margin rows and columns
// (labels "Total", "All", "Overall" in any case) are recognised once here so that every rule and
// view agrees on what a total is.
class Table
{
public:
    Table() = default;
    // Throws std::invalid_argument when the cell count does not match rows × columns: that is a
    // programming error in a reader, not bad input.
    Table(QStringList rowDimensions, QList<LabelPath> rowLabels, QList<LabelPath> columnLabels,
          QList<Cell> cells, OutputKind kind = OutputKind::Frequency);

    OutputKind kind() const { return m_kind; }
    void setKind(OutputKind kind) { m_kind = kind; }
    const QStringList& rowDimensions() const { return m_rowDimensions; }

    qsizetype rowCount() const { return m_rowLabels.size(); }
    qsizetype columnCount() const { return m_columnLabels.size(); }
    const LabelPath& rowLabel(qsizetype row) const { return m_rowLabels.at(row); }
    const LabelPath& columnLabel(qsizetype column) const { return m_columnLabels.at(column); }
    const Cell& cell(qsizetype row, qsizetype column) const;

    // Every column is a count unless a reader says otherwise.
    ColumnRole columnRole(qsizetype column) const { return m_columnRoles.at(column); }
    // Throws std::invalid_argument when the list does not have one role per column.
    void setColumnRoles(QList<ColumnRole> roles);
    bool hasColumnRole(ColumnRole role) const { return m_columnRoles.contains(role); }

    // Only regression outputs carry these.
    const ModelStatistics& modelStatistics() const { return m_modelStatistics; }
    void setModelStatistics(const ModelStatistics& statistics) { m_modelStatistics = statistics; }

    bool isMarginRow(qsizetype row) const { return m_marginRows.at(row); }
    bool isMarginColumn(qsizetype column) const { return m_marginColumns.at(column); }
    bool isMarginCell(qsizetype row, qsizetype column) const
    {
        return isMarginRow(row) || isMarginColumn(column);
    }
    qsizetype suppressedCellCount() const;

    // A cell that is zero by definition (declared in the request manifest): a zero there tells
    // nobody anything.
    void markStructuralZero(qsizetype row, qsizetype column);
    bool isStructuralZero(qsizetype row, qsizetype column) const
    {
        return m_structuralZeros.contains(row * columnCount() + column);
    }

    // The same table with other cells (row-major, one per cell): labels, roles, kind, model
    // statistics and structural zeros kept, margins as before. For protection and rounding,
    // which change values and never the shape. Throws std::invalid_argument for a wrong count.
    Table withCells(QList<Cell> cells) const;

    // "Hillingdon / 65+ × Long Term Support: Prison"
    QString describeCell(qsizetype row, qsizetype column) const;

    static bool isMarginLabel(const QString& label);

private:
    QStringList m_rowDimensions;
    QList<LabelPath> m_rowLabels;
    QList<LabelPath> m_columnLabels;
    QList<Cell> m_cells;
    QList<bool> m_marginRows;
    QList<bool> m_marginColumns;
    QList<ColumnRole> m_columnRoles;
    QSet<qsizetype> m_structuralZeros; // cell indexes, row-major
    ModelStatistics m_modelStatistics;
    OutputKind m_kind = OutputKind::Frequency;
};

} // namespace egress::table
