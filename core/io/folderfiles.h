#pragma once

#include <QString>
#include <QStringList>

namespace egress::io {

// The files of a folder, recursively, as paths relative to it with '/' separators, in name
// order. Hidden files and folders and symbolic links are left out, so that a folder cannot
// smuggle in files from elsewhere.
QStringList filesInFolder(const QString& folder);

} // namespace egress::io
