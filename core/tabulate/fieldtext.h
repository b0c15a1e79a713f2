#pragma once

#include <string>
#include <string_view>

namespace egress::tabulate {

// The text of a raw CSV field: spaces and tabs around it trimmed, and a quoted field's quotes
// removed and its "" turned into ". Returns a view of raw when nothing needs unescaping (the
// common case), else of buffer, which it overwrites: no allocation once buffer has grown.
// Inline for the common field, which starts and ends with neither a space nor a quote: it is
// on every row's path, several times.
std::string_view unescapedFieldText(std::string_view raw, std::string& buffer);
inline std::string_view fieldText(std::string_view raw, std::string& buffer)
{
    if (raw.empty())
        return raw;
    const auto plain = [](char c) { return c != ' ' && c != '\t' && c != '"'; };
    if (plain(raw.front()) && plain(raw.back()))
        return raw;
    return unescapedFieldText(raw, buffer);
}

// Spaces and tabs trimmed.
std::string_view trimmed(std::string_view text);

} // namespace egress::tabulate
