#pragma once

#include <QtGlobal>

#include <cstring>
#include <string_view>

namespace egress::tabulate {

// a == b, for the short strings of microdata (ids, categories, cell keys): up to 32 bytes in a
// few word compares, inline, instead of a call to memcmp. Overlapping loads never read outside
// either string.
inline bool sameBytes(std::string_view a, std::string_view b)
{
    const std::size_t size = a.size();
    if (size != b.size())
        return false;
    const auto word = [](const char* bytes) {
        quint64 value;
        std::memcpy(&value, bytes, sizeof value);
        return value;
    };
    const char* x = a.data();
    const char* y = b.data();
    if (size >= 8) {
        if (size > 32)
            return std::memcmp(x, y, size) == 0;
        quint64 difference = (word(x) ^ word(y)) | (word(x + size - 8) ^ word(y + size - 8));
        if (size > 16)
            difference |= (word(x + 8) ^ word(y + 8)) | (word(x + size - 16) ^ word(y + size - 16));
        return difference == 0;
    }
    if (size >= 4) {
        const auto half = [](const char* bytes) {
            quint32 value;
            std::memcpy(&value, bytes, sizeof value);
            return value;
        };
        return ((half(x) ^ half(y)) | (half(x + size - 4) ^ half(y + size - 4))) == 0;
    }
    for (std::size_t i = 0; i < size; ++i) {
        if (x[i] != y[i])
            return false;
    }
    return true;
}

} // namespace egress::tabulate
