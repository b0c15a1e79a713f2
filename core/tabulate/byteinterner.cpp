#include "byteinterner.h"

#include <bit>
#include <cstring>
#include <stdexcept>

namespace egress::tabulate {
namespace {

constexpr std::size_t kInitialSlots = 64;

} // namespace

ByteInterner::ByteInterner()
    : m_offsets {0}
    , m_slots(kInitialSlots)
{ }

quint32 ByteInterner::intern(std::string_view bytes, quint64 hash)
{
    const std::size_t mask = m_slots.size() - 1;
    const auto tag = static_cast<quint32>(hash >> 32);
    std::size_t slot = static_cast<std::size_t>(hash) & mask;
    while (true) {
        const Slot& candidate = m_slots[slot];
        if (candidate.indexPlusOne == 0)
            break;
        if (candidate.tag == tag && sameBytes(at(candidate.indexPlusOne - 1), bytes))
            return candidate.indexPlusOne - 1;
        slot = (slot + 1) & mask;
    }
    if (size() >= kAbsent - 1)
        throw std::length_error("too many distinct strings to intern");
    const quint32 index = size();
    m_arena.insert(m_arena.end(), bytes.begin(), bytes.end());
    m_offsets.push_back(m_arena.size());
    m_hashes.push_back(hash);
    m_slots[slot] = {index + 1, tag};
    if (std::size_t(size()) * 2 > m_slots.size())
        grow();
    return index;
}

quint32 ByteInterner::find(std::string_view bytes) const
{
    const quint64 h = hash(bytes);
    const std::size_t mask = m_slots.size() - 1;
    const auto tag = static_cast<quint32>(h >> 32);
    for (std::size_t slot = static_cast<std::size_t>(h) & mask; m_slots[slot].indexPlusOne != 0;
         slot = (slot + 1) & mask) {
        const Slot& candidate = m_slots[slot];
        if (candidate.tag == tag && sameBytes(at(candidate.indexPlusOne - 1), bytes))
            return candidate.indexPlusOne - 1;
    }
    return kAbsent;
}

void ByteInterner::grow()
{
    std::vector<Slot, HugePageAllocator<Slot>> slots(m_slots.size() * 2);
    const std::size_t mask = slots.size() - 1;
    for (quint32 index = 0; index < size(); ++index) {
        const quint64 h = m_hashes[index];
        std::size_t slot = static_cast<std::size_t>(h) & mask;
        while (slots[slot].indexPlusOne != 0)
            slot = (slot + 1) & mask;
        slots[slot] = {index + 1, static_cast<quint32>(h >> 32)};
    }
    m_slots = std::move(slots);
}

} // namespace egress::tabulate
