#pragma once

#include "hugepageallocator.h"
#include "samebytes.h"

#include <QtGlobal>

#include <bit>
#include <cstring>
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

    // Eight bytes at a time, one multiplication each, the last word overlapping the one before
    // (the length is hashed too), and one full mix at the end: unit ids and labels are short,
    // and this is on every row's path. Deterministic (no seed), so that a tabulation is
    // reproducible run to run.
    static quint64 hash(std::string_view bytes)
    {
        const char* data = bytes.data();
        const std::size_t size = bytes.size();
        quint64 h = 0x9e3779b97f4a7c15ULL ^ (quint64(size) * 0xff51afd7ed558ccdULL);
        const auto round
            = [&h](quint64 word) { h = std::rotl((h ^ word) * 0xc4ceb9fe1a85ec53ULL, 29); };
        if (size >= 8) {
            for (std::size_t at = 0; at + 8 < size; at += 8)
                round(wordAt(data + at));
            round(wordAt(data + size - 8));
        } else if (size >= 4) {
            quint32 first;
            quint32 last;
            std::memcpy(&first, data, sizeof first);
            std::memcpy(&last, data + size - 4, sizeof last);
            round(first | quint64(last) << 32);
        } else if (size > 0) {
            round(quint64(quint8(data[0])) | quint64(quint8(data[size / 2])) << 8
                  | quint64(quint8(data[size - 1])) << 16);
        }
        // The finaliser of MurmurHash3: every input bit affects every output bit.
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ULL;
        h ^= h >> 33;
        return h;
    }

    // The index of bytes, added if new. Throws std::length_error past 2^32 − 2 strings.
    quint32 intern(std::string_view bytes) { return intern(bytes, hash(bytes)); }
    // With hash(bytes) worked out beforehand.
    quint32 intern(std::string_view bytes, quint64 hash);
    // Asks for the slot of a string with this hash to be brought into the cache, ahead of an
    // intern() of it: in a table of millions of unit ids that slot is a miss to memory.
    void prefetch(quint64 hash) const
    {
        __builtin_prefetch(m_slots.data() + (std::size_t(hash) & (m_slots.size() - 1)));
    }
    // The index of bytes, or kAbsent.
    quint32 find(std::string_view bytes) const;

    quint32 size() const { return static_cast<quint32>(m_offsets.size() - 1); }
    std::string_view at(quint32 index) const
    {
        return {m_arena.data() + m_offsets[index], m_offsets[index + 1] - m_offsets[index]};
    }

    static constexpr quint32 kAbsent = 0xFFFFFFFFu;

private:
    static quint64 wordAt(const char* bytes)
    {
        quint64 word;
        std::memcpy(&word, bytes, sizeof word);
        return word;
    }

    struct Slot
    {
        quint32 indexPlusOne = 0; // 0: empty
        quint32 tag = 0; // high hash bits, compared before the bytes
    };

    void grow();

    std::vector<char> m_arena;
    std::vector<std::size_t> m_offsets; // string i is m_arena[m_offsets[i], m_offsets[i + 1])
    std::vector<quint64> m_hashes; // per string, so that growing does not hash them again
    // A power of two, at most half full; probed at random, hence in huge pages.
    std::vector<Slot, HugePageAllocator<Slot>> m_slots;
};

} // namespace egress::tabulate
