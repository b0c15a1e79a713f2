#pragma once

#include <string>
#include <string_view>

namespace egress::tabulate {

// The text of a raw CSV field: spaces and tabs around it trimmed, and a quoted field's quotes
// removed and its "" turned into ". Returns a view of raw when nothing needs unescaping (the
// common case), else of buffer, which it overwrites: no allocation once buffer has grown.
std::string_view fieldText(std::string_view raw, std::string& buffer);

// Spaces and tabs trimmed.
std::string_view trimmed(std::string_view text);

} // namespace egress::tabulate
