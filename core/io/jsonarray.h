#pragma once

#include <QJsonArray>
#include <QStringList>

namespace egress::io {

// Labels, names and rule ids as a JSON array of strings, in order, as every writer of ours puts
// them.
inline QJsonArray jsonArrayOf(const QStringList& strings)
{
    QJsonArray array;
    for (const QString& text : strings)
        array.append(text);
    return array;
}

} // namespace egress::io
