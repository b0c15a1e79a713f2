#include "evidence.h"

#include "columnrole.h"

namespace egress::table {
namespace {

LabelPath withoutStatisticLabels(const LabelPath& column)
{
    LabelPath categories;
    for (const QString& label : column) {
        if (!columnRoleFromHeading(label))
            categories.append(label);
    }
    return categories;
}

} // namespace

void Evidence::add(CellEvidence cell)
{
    const auto existing = m_index.constFind({cell.row, cell.column});
    if (existing != m_index.constEnd()) {
        m_cells[*existing] = std::move(cell);
        return;
    }
    m_index.insert({cell.row, cell.column}, m_cells.size());
    m_cells.append(std::move(cell));
}

const CellEvidence* Evidence::find(const LabelPath& row, const LabelPath& column) const
{
    for (const LabelPath& candidate : {column, withoutStatisticLabels(column)}) {
        const auto found = m_index.constFind({row, candidate});
        if (found != m_index.constEnd())
            return &m_cells.at(*found);
    }
    return nullptr;
}

} // namespace egress::table
