#pragma once

#include <QtGlobal>

#include <vector>

namespace egress::tabulate {

// Each unit's total per cell, summed over the unit's rows in that cell: the contributions the
// statistics and the dominance rules are about (a person with 12 service rows in a cell is one
// contributor of their 12 values' sum). Memory grows with the (unit, cell) pairs that occur,
// never with the rows. A unit's cells form a short list; the one used last moves to its front,
// so that the consecutive rows of one person in one cell cost a comparison each.
class UnitContributions
{
public:
    // A row of unit in cell. Without a value (missing) the unit is seen in the cell but
    // contributes nothing, and is not counted there unless another of its rows has a value.
    void add(quint32 unit, quint32 cell, double value, bool hasValue)
    {
        if (unit == m_lastUnit && (m_entries[m_lastEntry].cell & kCellMask) == cell) {
            Entry& entry = m_entries[m_lastEntry];
            entry.total += value;
            entry.cell |= hasValue ? kHasValue : 0u;
            return;
        }
        addSlow(unit, cell, value, hasValue);
    }

    quint32 unitCount() const { return quint32(m_heads.size()); }
    std::size_t pairCount() const { return m_entries.size(); }

    // visit(cell, total, hasValue) for every cell the unit has rows in.
    template <typename Visit> void forEachCell(quint32 unit, Visit&& visit) const
    {
        for (quint32 index = m_heads[unit]; index != kNone; index = m_entries[index].next) {
            const Entry& entry = m_entries[index];
            visit(entry.cell & kCellMask, entry.total, (entry.cell & kHasValue) != 0);
        }
    }

    static constexpr quint32 kMaxCells = 0x7FFFFFFFu;

private:
    static constexpr quint32 kNone = 0xFFFFFFFFu;
    static constexpr quint32 kHasValue = 0x80000000u;
    static constexpr quint32 kCellMask = 0x7FFFFFFFu;

    struct Entry
    {
        quint32 cell; // the top bit: some row had a value
        quint32 next;
        double total;
    };

    void addSlow(quint32 unit, quint32 cell, double value, bool hasValue);

    std::vector<quint32> m_heads; // per unit, its first entry or kNone
    std::vector<Entry> m_entries;
    quint32 m_lastUnit = kNone;
    quint32 m_lastEntry = 0;
};

} // namespace egress::tabulate
