#pragma once

#include <QString>

#include <algorithm>
#include <optional>

namespace egress::rules {

// Ordered from best to worst, so that the status of an output is the maximum of its cells'.
enum class Status
{
    Pass = 0,
    Review = 1,
    Fail = 2,
};

inline Status worst(Status a, Status b)
{
    return std::max(a, b);
}

QString toString(Status status);
std::optional<Status> statusFromString(const QString& text);

} // namespace egress::rules
