#include "unitcontributions.h"

#include <stdexcept>

namespace egress::tabulate {

void UnitContributions::addSlow(quint32 unit, quint32 cell, double value, bool hasValue)
{
    if (unit >= m_heads.size())
        m_heads.resize(std::size_t(unit) + 1, kNone);
    quint32 previous = kNone;
    quint32 index = m_heads[unit];
    while (index != kNone && (m_entries[index].cell & kCellMask) != cell) {
        previous = index;
        index = m_entries[index].next;
    }
    if (index == kNone) {
        if (m_entries.size() >= kNone)
            throw std::length_error("too many (unit, cell) pairs");
        index = quint32(m_entries.size());
        m_entries.push_back({cell, m_heads[unit], 0.0});
        m_heads[unit] = index;
    } else if (previous != kNone) {
        // To the front: a unit's rows usually come together, cell by cell.
        m_entries[previous].next = m_entries[index].next;
        m_entries[index].next = m_heads[unit];
        m_heads[unit] = index;
    }
    Entry& entry = m_entries[index];
    entry.total += value;
    entry.cell |= hasValue ? kHasValue : 0u;
    m_lastUnit = unit;
    m_lastEntry = index;
}

} // namespace egress::tabulate
