#include "relativepath.h"

#include <QStringList>

#include <algorithm>

namespace egress::io {
namespace {

constexpr qsizetype kMaxPathLength = 1024;

bool isControl(QChar character)
{
    return character.unicode() < 0x20 || character.unicode() == 0x7f
        || character.category() == QChar::Other_Control;
}

} // namespace

QString relativePathProblem(const QString& path)
{
    if (path.isEmpty())
        return QStringLiteral("it is empty");
    if (path.size() > kMaxPathLength)
        return QStringLiteral("it is longer than %1 characters").arg(kMaxPathLength);
    if (std::any_of(path.cbegin(), path.cend(), isControl))
        return QStringLiteral("it has a control character");
    if (path.contains(u'\\'))
        return QStringLiteral("it has a backslash");
    if (path.startsWith(u'/'))
        return QStringLiteral("it is an absolute path");
    if (path.size() >= 2 && path.at(1) == u':' && path.at(0).isLetter())
        return QStringLiteral("it starts with a drive letter");
    if (path.contains(u':'))
        return QStringLiteral("it has a ':'");
    for (const QString& part : path.split(u'/')) {
        if (part.isEmpty())
            return QStringLiteral("it has an empty path part");
        if (part == QLatin1String(".."))
            return QStringLiteral("it has a '..' part");
        if (part == QLatin1String("."))
            return QStringLiteral("it has a '.' part");
        if (part.startsWith(u'.'))
            return QStringLiteral("it has a hidden part '%1'").arg(part);
        if (part.trimmed() != part)
            return QStringLiteral("it has a part that begins or ends with a space");
    }
    return {};
}

bool isHiddenPath(const QString& relative)
{
    const QStringList parts = relative.split(u'/');
    return std::any_of(parts.cbegin(), parts.cend(),
                       [](const QString& part) { return part.startsWith(u'.'); });
}

} // namespace egress::io
