#include "zeroaction.h"

namespace egress::profiles {

QString toString(ZeroAction action)
{
    switch (action) {
    case ZeroAction::Safe:
        return QStringLiteral("safe");
    case ZeroAction::Review:
        return QStringLiteral("review");
    case ZeroAction::Fail:
        return QStringLiteral("fail");
    }
    return QStringLiteral("review");
}

std::optional<ZeroAction> zeroActionFromString(const QString& text)
{
    for (const ZeroAction action : {ZeroAction::Safe, ZeroAction::Review, ZeroAction::Fail}) {
        if (text == toString(action))
            return action;
    }
    return std::nullopt;
}

} // namespace egress::profiles
