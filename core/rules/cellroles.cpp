#include "cellroles.h"

#include "table/evidence.h"
#include "table/table.h"

namespace egress::rules {

table::LabelPath categoriesOf(const table::LabelPath& column)
{
    table::LabelPath categories;
    for (const QString& label : column) {
        if (!table::columnRoleFromHeading(label))
            categories.append(label);
    }
    return categories;
}

bool isUnitCount(const table::Table& table, qsizetype column)
{
    const table::OutputKind kind = table.kind();
    return (kind == table::OutputKind::Frequency || kind == table::OutputKind::Magnitude)
        && table.columnRole(column) == table::ColumnRole::Count;
}

bool isMagnitudeStatistic(const table::Table& table, qsizetype column)
{
    return table.kind() == table::OutputKind::Magnitude
        && table.columnRole(column) != table::ColumnRole::Count;
}

bool isDominanceStatistic(const table::Table& table, qsizetype column)
{
    if (table.kind() != table::OutputKind::Magnitude)
        return false;
    switch (table.columnRole(column)) {
    case table::ColumnRole::Sum:
    case table::ColumnRole::Mean:
    case table::ColumnRole::Median:
    case table::ColumnRole::Std:
        return true;
    default:
        return false;
    }
}

const table::CellEvidence* evidenceFor(const table::Table& table, const table::Evidence* evidence,
                                       qsizetype row, qsizetype column)
{
    if (!evidence)
        return nullptr;
    return evidence->find(table.rowLabel(row), table.columnLabel(column));
}

std::optional<double> unitsBehind(const table::Table& table, const table::Evidence* evidence,
                                  qsizetype row, qsizetype column)
{
    if (const table::CellEvidence* cell = evidenceFor(table, evidence, row, column))
        return double(cell->units);
    const table::LabelPath categories = categoriesOf(table.columnLabel(column));
    for (qsizetype other = 0; other < table.columnCount(); ++other) {
        if (table.columnRole(other) != table::ColumnRole::Count
            || categoriesOf(table.columnLabel(other)) != categories)
            continue;
        const table::Cell& count = table.cell(row, other);
        if (!count.isSuppressed())
            return *count.value;
    }
    return std::nullopt;
}

} // namespace egress::rules
