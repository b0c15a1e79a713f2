#include "checkedtablemodel.h"

#include "statusstyle.h"
#include "table/numberformat.h"

#include <QFont>

namespace egress::ui {
namespace {

quint64 cellKey(qsizetype row, qsizetype column)
{
    return (static_cast<quint64>(row) << 32) | static_cast<quint64>(column);
}

rules::Status worstOf(const QList<rules::Finding>& findings)
{
    rules::Status status = rules::Status::Pass;
    for (const rules::Finding& finding : findings)
        status = rules::worst(status, finding.status);
    return status;
}

} // namespace

CheckedTableModel::CheckedTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CheckedTableModel::setOutput(const check::OutputResult& output)
{
    beginResetModel();
    m_table = output.table;
    m_findingsByCell.clear();
    for (const rules::Finding& finding : output.findings) {
        if (finding.cell)
            m_findingsByCell[cellKey(finding.cell->row, finding.cell->column)].append(finding);
    }
    endResetModel();
}

void CheckedTableModel::clear()
{
    beginResetModel();
    m_table.reset();
    m_findingsByCell.clear();
    endResetModel();
}

int CheckedTableModel::labelColumnCount() const
{
    return m_table ? static_cast<int>(m_table->rowDimensions().size()) : 0;
}

int CheckedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_table ? 0 : static_cast<int>(m_table->rowCount());
}

int CheckedTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    return labelColumnCount() + static_cast<int>(m_table->columnCount());
}

QModelIndex CheckedTableModel::indexForCell(qsizetype tableRow, qsizetype tableColumn) const
{
    return index(static_cast<int>(tableRow), labelColumnCount() + static_cast<int>(tableColumn));
}

QVariant CheckedTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_table)
        return {};
    if (index.column() < labelColumnCount())
        return labelData(index.row(), index.column(), role);
    return cellData(index.row(), index.column() - labelColumnCount(), role);
}

QVariant CheckedTableModel::labelData(int row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return m_table->rowLabel(row).value(column);
    case Qt::FontRole: {
        QFont font;
        font.setBold(m_table->isMarginRow(row));
        return font;
    }
    case IsMarginRole:
        return m_table->isMarginRow(row);
    default:
        return {};
    }
}

QVariant CheckedTableModel::cellData(int row, int column, int role) const
{
    const table::Cell& cell = m_table->cell(row, column);
    const auto found = m_findingsByCell.constFind(cellKey(row, column));
    const bool flagged = found != m_findingsByCell.cend();
    switch (role) {
    case Qt::DisplayRole:
        return cell.isSuppressed() ? cell.sourceText : table::formatNumber(*cell.value);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return flagged ? QVariant(StatusStyle::background(worstOf(*found))) : QVariant();
    case Qt::DecorationRole:
        return flagged ? QVariant(StatusStyle::icon(worstOf(*found))) : QVariant();
    case Qt::ForegroundRole:
        // Dark text on the light status backgrounds, whatever the palette.
        return flagged ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::ToolTipRole: {
        if (!flagged) {
            return cell.isSuppressed()
                ? tr("Suppressed in the published table: %1")
                      .arg(cell.sourceText.isEmpty() ? tr("(empty)") : cell.sourceText)
                : QVariant();
        }
        QStringList lines;
        for (const rules::Finding& finding : *found) {
            lines.append(
                QStringLiteral("%1 (%2): %3")
                    .arg(StatusStyle::label(finding.status), finding.rule, finding.message));
        }
        return lines.join(u'\n');
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(m_table->isMarginCell(row, column));
        font.setItalic(cell.isSuppressed());
        return font;
    }
    case RawValueRole:
        return cell.value ? QVariant(*cell.value) : QVariant();
    case StatusRole:
        return flagged ? QVariant(static_cast<int>(worstOf(*found))) : QVariant();
    case IsMarginRole:
        return m_table->isMarginCell(row, column);
    case IsSuppressedRole:
        return cell.isSuppressed();
    default:
        return {};
    }
}

QVariant CheckedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table || section < 0)
        return {};
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole && section < rowCount() ? QVariant(section + 1) : QVariant();
    }
    if (section >= columnCount())
        return {};
    const bool isLabel = section < labelColumnCount();
    switch (role) {
    case Qt::DisplayRole:
        return isLabel ? m_table->rowDimensions().at(section)
                       : table::formatLabelPath(m_table->columnLabel(section - labelColumnCount()));
    case Qt::ToolTipRole:
        return headerData(section, orientation, Qt::DisplayRole);
    case Qt::FontRole: {
        QFont font;
        font.setBold(!isLabel && m_table->isMarginColumn(section - labelColumnCount()));
        font.setItalic(isLabel);
        return font;
    }
    default:
        return {};
    }
}

} // namespace egress::ui
