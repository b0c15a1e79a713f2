#pragma once

#include "rules/status.h"

namespace egress::cli {

// The exit statuses of formats.md, which scripts rely on.
enum class ExitStatus : int
{
    Pass = 0,
    Fail = 1,
    Review = 2,
    BadInput = 3,
    InternalError = 4,
};

inline ExitStatus exitStatusFor(rules::Status status)
{
    switch (status) {
    case rules::Status::Pass:
        return ExitStatus::Pass;
    case rules::Status::Review:
        return ExitStatus::Review;
    case rules::Status::Fail:
        return ExitStatus::Fail;
    }
    return ExitStatus::Fail;
}

} // namespace egress::cli
