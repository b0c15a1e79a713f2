#include "status.h"

namespace egress::rules {

QString toString(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Review:
        return QStringLiteral("review");
    case Status::Fail:
        return QStringLiteral("fail");
    }
    return QStringLiteral("fail");
}

std::optional<Status> statusFromString(const QString& text)
{
    for (const Status status : {Status::Pass, Status::Review, Status::Fail}) {
        if (text == toString(status))
            return status;
    }
    return std::nullopt;
}

} // namespace egress::rules
