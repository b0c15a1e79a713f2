#include "microdatavalue.h"

#include <array>
#include <charconv>
#include <cmath>

namespace egress::tabulate {
namespace {

bool equalsIgnoringCase(std::string_view text, std::string_view lowerCase)
{
    if (text.size() != lowerCase.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i] >= 'A' && text[i] <= 'Z' ? char(text[i] - 'A' + 'a') : text[i];
        if (c != lowerCase[i])
            return false;
    }
    return true;
}

bool isMissingMarker(std::string_view text)
{
    // What R (NA), SQL exports (NULL), spreadsheets (N/A) and pandas (NaN) write for nothing.
    static constexpr std::array<std::string_view, 4> kMarkers {"na", "n/a", "null", "nan"};
    for (const std::string_view marker : kMarkers) {
        if (equalsIgnoringCase(text, marker))
            return true;
    }
    return false;
}

} // namespace

MicrodataValue MicrodataValue::parse(std::string_view text)
{
    if (text.empty() || isMissingMarker(text))
        return {Kind::Missing, 0.0};
    std::string_view digits = text;
    std::string_view unsignedPart = text;
    if (text.front() == '+') {
        digits.remove_prefix(1); // from_chars takes no plus sign
        unsignedPart = digits;
    } else if (text.front() == '-') {
        unsignedPart.remove_prefix(1);
    }
    // from_chars also reads "inf" and "nan"; a value must start like a number.
    if (unsignedPart.empty()
        || !((unsignedPart.front() >= '0' && unsignedPart.front() <= '9')
             || unsignedPart.front() == '.')) {
        return {Kind::Invalid, 0.0};
    }
    double number = 0.0;
    const char* end = digits.data() + digits.size();
    const auto [stop, error] = std::from_chars(digits.data(), end, number);
    if (error != std::errc() || stop != end || !std::isfinite(number))
        return {Kind::Invalid, 0.0};
    return {Kind::Number, number};
}

} // namespace egress::tabulate
