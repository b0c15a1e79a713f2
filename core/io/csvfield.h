#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace egress::io {

// One CSV field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a
// quote or a line break, or has spaces at either end (which a reader would trim); as it is
// otherwise.
inline QByteArray csvField(QByteArrayView value)
{
    bool needsQuotes = !value.isEmpty() && (value.front() == ' ' || value.back() == ' ');
    for (const char c : value) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return value.toByteArray();
    QByteArray quoted;
    quoted.reserve(value.size() + 2);
    quoted.append('"');
    for (const char c : value) {
        if (c == '"')
            quoted.append('"');
        quoted.append(c);
    }
    quoted.append('"');
    return quoted;
}

} // namespace egress::io
