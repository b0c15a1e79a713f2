#pragma once

#include <QByteArray>
#include <QString>

namespace egress::io {

// Writes a whole file or nothing: the bytes go to a temporary file beside the target, which
// replaces the target only once everything is on disk. Throws InputError naming the path.
void writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace egress::io
