#include "fieldtext.h"

namespace egress::tabulate {

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string_view unescapedFieldText(std::string_view raw, std::string& buffer)
{
    std::string_view text = trimmed(raw);
    if (text.size() < 2 || text.front() != '"' || text.back() != '"')
        return text;
    // The scanner has checked the quoting, so the last quote closes the field.
    text = text.substr(1, text.size() - 2);
    if (text.find('"') == std::string_view::npos)
        return trimmed(text);
    buffer.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        buffer.push_back(text[i]);
        if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"')
            ++i;
    }
    return trimmed(buffer);
}

} // namespace egress::tabulate
