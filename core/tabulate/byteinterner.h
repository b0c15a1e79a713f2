#pragma once

#include <QtGlobal>

#include <string_view>
#include <vector>

namespace egress::tabulate {

// Gives each distinct byte string a small index, in order of first appearance, and keeps one
// copy of it. Categories, unit ids and cell keys are interned so that a tabulation holds each
// once, however many rows repeat it: memory grows with the distinct strings, not with the rows.
// Open addressing over one byte arena: no allocation per string, only when the arena or the
// table doubles.
class ByteInterner
{
public:
    ByteInterner();

    static quint64 hash(std::string_view bytes);

    // The index of bytes, added if new. Throws std::length_error past 2^32 − 2 strings.
    quint32 intern(std::string_view bytes) { return intern(bytes, hash(bytes)); }
    quint32 intern(std::string_view bytes, quint64 hash);
    // The index of bytes, or kAbsent.
    quint32 find(std::string_view bytes) const;

    quint32 size() const { return static_cast<quint32>(m_offsets.size() - 1); }
    std::string_view at(quint32 index) const
    {
        return {m_arena.data() + m_offsets[index], m_offsets[index + 1] - m_offsets[index]};
    }

    static constexpr quint32 kAbsent = 0xFFFFFFFFu;

private:
    struct Slot
    {
        quint32 indexPlusOne = 0; // 0: empty
        quint32 tag = 0; // high hash bits, compared before the bytes
    };

    void grow();

    std::vector<char> m_arena;
    std::vector<std::size_t> m_offsets; // string i is m_arena[m_offsets[i], m_offsets[i + 1])
    std::vector<quint64> m_hashes; // per string, so that growing does not hash them again
    std::vector<Slot> m_slots; // a power of two, at most half full
};

} // namespace egress::tabulate
