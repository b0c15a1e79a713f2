#pragma once

#include <QString>

namespace egress::io {

// A path inside a package, as a manifest names it: '/'-separated, relative, and staying inside
// the package. Refused: empty parts, '.' and '..', absolute paths, drive letters, backslashes,
// control characters, and hidden parts (".git/config"), which a folder walk would never offer.
bool isSafeRelativePath(const QString& path);

} // namespace egress::io
