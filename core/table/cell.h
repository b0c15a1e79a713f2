#pragma once

#include <QString>

#include <optional>

namespace egress::table {

struct Cell
{
    // Empty when the cell was published suppressed (`*`, `c`, `<5`, ...): its value is unknown.
    std::optional<double> value;
    // The text as it stood in the source, so that views and reports can show what was published.
    QString sourceText;
    // "<5" and "≤5" still tell an intruder something; kept for the secondary-suppression audit.
    std::optional<double> upperBound;

    bool isSuppressed() const { return !value.has_value(); }
};

} // namespace egress::table
