#include "outputlistmodel.h"

#include "statusstyle.h"

namespace egress::ui {

OutputListModel::OutputListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void OutputListModel::setResult(const check::CheckResult& result)
{
    beginResetModel();
    m_outputs = result.outputs;
    endResetModel();
}

const check::OutputResult* OutputListModel::output(int row) const
{
    return row >= 0 && row < m_outputs.size() ? &m_outputs.at(row) : nullptr;
}

int OutputListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_outputs.size());
}

QVariant OutputListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const check::OutputResult& output = m_outputs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2 · %3")
            .arg(output.file, StatusStyle::label(output.status), table::toString(output.kind));
    case Qt::ToolTipRole:
        return output.summary;
    case Qt::DecorationRole:
        return StatusStyle::icon(output.status);
    case StatusRole:
        return static_cast<int>(output.status);
    case OutputIdRole:
        return output.id;
    default:
        return {};
    }
}

} // namespace egress::ui
