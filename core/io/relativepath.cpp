#include "relativepath.h"

#include <QStringList>

#include <algorithm>

namespace egress::io {

bool isSafeRelativePath(const QString& path)
{
    if (path.isEmpty() || path.size() > 1024 || path.startsWith(u'/') || path.contains(u'\\')
        || (path.size() >= 2 && path.at(1) == u':'))
        return false;
    if (std::any_of(path.cbegin(), path.cend(),
                    [](QChar character) { return character.category() == QChar::Other_Control; }))
        return false;
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString& part) {
        return part.isEmpty() || part.startsWith(u'.') || part.trimmed() != part;
    });
}

} // namespace egress::io
