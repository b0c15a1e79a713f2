#include "outputkind.h"

#include <array>
#include <utility>

namespace egress::table {
namespace {

constexpr std::array kNames {
    std::pair {OutputKind::Frequency, "frequency"},
    std::pair {OutputKind::Magnitude, "magnitude"},
    std::pair {OutputKind::Regression, "regression"},
    std::pair {OutputKind::Histogram, "histogram"},
    std::pair {OutputKind::Survival, "survival"},
    std::pair {OutputKind::Image, "image"},
    std::pair {OutputKind::Document, "document"},
    std::pair {OutputKind::Other, "other"},
};

} // namespace

QString toString(OutputKind kind)
{
    for (const auto& [candidate, name] : kNames) {
        if (candidate == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("other");
}

std::optional<OutputKind> outputKindFromString(const QString& text)
{
    for (const auto& [kind, name] : kNames) {
        if (text == QLatin1String(name))
            return kind;
    }
    return std::nullopt;
}

} // namespace egress::table
