#include "longtablepivot.h"

#include "inputerror.h"
#include "table/columnrole.h"

#include <QHash>

namespace egress::io {
namespace {

// Appends key to order the first time it is seen; returns its index.
qsizetype indexOf(QHash<table::LabelPath, qsizetype>& indexes, QList<table::LabelPath>& order,
                  const table::LabelPath& key)
{
    const auto found = indexes.constFind(key);
    if (found != indexes.cend())
        return *found;
    indexes.insert(key, order.size());
    order.append(key);
    return order.size() - 1;
}

bool keepsHeading(const table::Table& longTable)
{
    if (longTable.columnCount() > 1)
        return true;
    const std::optional<table::ColumnRole> role
        = table::columnRoleFromHeading(table::formatLabelPath(longTable.columnLabel(0)));
    return role && *role != table::ColumnRole::Count;
}

} // namespace

table::Table LongTablePivot::pivot(const table::Table& longTable, const QList<int>& rowLines,
                                   const QStringList& columnDimensions, const QString& fileName)
{
    const QStringList& dimensions = longTable.rowDimensions();
    QList<qsizetype> columnIndexes;
    for (const QString& name : columnDimensions) {
        const qsizetype index = dimensions.indexOf(name);
        if (index < 0) {
            throw InputError(fileName,
                             QStringLiteral("column dimension '%1' is not one of the table's "
                                            "label columns (%2)")
                                 .arg(name, dimensions.join(QStringLiteral(", "))));
        }
        columnIndexes.append(index);
    }
    QList<qsizetype> rowIndexes;
    QStringList rowDimensions;
    for (qsizetype index = 0; index < dimensions.size(); ++index) {
        if (!columnIndexes.contains(index)) {
            rowIndexes.append(index);
            rowDimensions.append(dimensions.at(index));
        }
    }

    const bool withHeading = keepsHeading(longTable);
    QHash<table::LabelPath, qsizetype> rowIndex;
    QHash<table::LabelPath, qsizetype> categoryIndex;
    QList<table::LabelPath> rowLabels;
    QList<table::LabelPath> categories;
    struct Placed
    {
        qsizetype row;
        qsizetype category;
        qsizetype sourceRow;
    };
    QList<Placed> placed;
    QHash<std::pair<qsizetype, qsizetype>, qsizetype> seen;
    for (qsizetype source = 0; source < longTable.rowCount(); ++source) {
        const table::LabelPath& labels = longTable.rowLabel(source);
        table::LabelPath rowKey;
        for (const qsizetype index : rowIndexes)
            rowKey.append(labels.at(index));
        table::LabelPath categoryKey;
        for (const qsizetype index : columnIndexes)
            categoryKey.append(labels.at(index));
        const qsizetype row = indexOf(rowIndex, rowLabels, rowKey);
        const qsizetype category = indexOf(categoryIndex, categories, categoryKey);
        const auto key = std::pair {row, category};
        if (const auto previous = seen.constFind(key); previous != seen.cend()) {
            throw InputError(fileName,
                             QStringLiteral("the combination '%1' appears twice (also on line %2)")
                                 .arg(table::formatLabelPath(labels))
                                 .arg(rowLines.at(*previous)),
                             rowLines.at(source), 1);
        }
        seen.insert(key, source);
        placed.append({row, category, source});
    }

    const qsizetype values = longTable.columnCount();
    QList<table::LabelPath> columnLabels;
    for (const table::LabelPath& category : categories) {
        for (qsizetype value = 0; value < values; ++value) {
            table::LabelPath label = category;
            if (withHeading)
                label.append(longTable.columnLabel(value));
            columnLabels.append(label);
        }
    }
    QList<table::Cell> cells(rowLabels.size() * columnLabels.size());
    for (const Placed& cell : placed) {
        for (qsizetype value = 0; value < values; ++value) {
            cells[cell.row * columnLabels.size() + cell.category * values + value]
                = longTable.cell(cell.sourceRow, value);
        }
    }
    return table::Table(std::move(rowDimensions), std::move(rowLabels), std::move(columnLabels),
                        std::move(cells), longTable.kind());
}

} // namespace egress::io
