#pragma once

#include <QString>

#include <optional>

namespace egress::table {

enum class OutputKind
{
    Frequency,
    Magnitude,
    Regression,
    Histogram,
    Survival,
    Image,
    Document,
    Other,
};

QString toString(OutputKind kind);
std::optional<OutputKind> outputKindFromString(const QString& text);

} // namespace egress::table
