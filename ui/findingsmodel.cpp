#include "findingsmodel.h"

#include "statusstyle.h"

namespace egress::ui {

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void FindingsModel::setFindings(const QList<rules::Finding>& findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const rules::Finding& finding = m_findings.at(index.row());
    const QString where = finding.cell
        ? (finding.cell->rowPath.isEmpty()
               ? table::formatLabelPath(finding.cell->columnPath)
               : tr("%1 × %2").arg(table::formatLabelPath(finding.cell->rowPath),
                                   table::formatLabelPath(finding.cell->columnPath)))
        : tr("whole output");
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2 · %3\n%4")
            .arg(StatusStyle::label(finding.status), finding.rule, where, finding.message);
    case Qt::ToolTipRole:
        return finding.message;
    case Qt::DecorationRole:
        return StatusStyle::icon(finding.status);
    case StatusRole:
        return static_cast<int>(finding.status);
    case RuleRole:
        return finding.rule;
    case TableRowRole:
        return finding.cell ? QVariant(static_cast<qlonglong>(finding.cell->row)) : QVariant(-1);
    case TableColumnRole:
        return finding.cell ? QVariant(static_cast<qlonglong>(finding.cell->column)) : QVariant(-1);
    default:
        return {};
    }
}

} // namespace egress::ui
