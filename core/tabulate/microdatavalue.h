#pragma once

#include <string_view>

namespace egress::tabulate {

// What a field of the value column holds. Microdata are numbers as a program wrote them, so
// only plain decimal notation is a number (12, -3.5, 1e3, +2); thousands separators, currency
// signs, NaN and infinities are not.
struct MicrodataValue
{
    enum class Kind
    {
        Number,
        Missing, // empty, or NA, N/A, NULL, NaN in any case
        Invalid,
    };

    Kind kind = Kind::Invalid;
    double number = 0.0;

    // text as fieldText() returns it: trimmed and unquoted.
    static MicrodataValue parse(std::string_view text);
};

} // namespace egress::tabulate
