#pragma once

#include "check/outputresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace egress::ui {

// One checked table as a grid: the row-label columns first (one per row dimension), then the
// value columns. Flagged cells carry their status as background, icon and tooltip; margins are
// bold; suppressed cells show their marker in italics.
class CheckedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // double, or invalid for labels and suppressed cells
        StatusRole, // int(rules::Status) of the cell's worst finding; invalid when none
        IsMarginRole,
        IsSuppressedRole,
    };

    explicit CheckedTableModel(QObject* parent = nullptr);

    void setOutput(const check::OutputResult& output);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The model index showing a table cell (table row/column, without the label columns).
    QModelIndex indexForCell(qsizetype tableRow, qsizetype tableColumn) const;
    int labelColumnCount() const;

private:
    QVariant labelData(int row, int column, int role) const;
    QVariant cellData(int row, int column, int role) const;

    std::shared_ptr<const table::Table> m_table;
    // Findings by table cell (row << 32 | column), in the engine's order.
    QHash<quint64, QList<rules::Finding>> m_findingsByCell;
};

} // namespace egress::ui
