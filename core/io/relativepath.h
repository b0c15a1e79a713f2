#pragma once

#include <QString>

namespace egress::io {

// A path inside a package or an ACRO folder, as a manifest or results.json names it:
// '/'-separated, relative, and staying inside. Refused: an empty path or part, '.' and '..',
// absolute paths, drive letters and ':' (Windows streams), backslashes, control characters,
// hidden parts (".git/config"), which a folder walk never offers, and parts that begin or end
// with a space. Returns why the path is refused, or nothing when it is fine:
// "it has a '..' part".
QString relativePathProblem(const QString& path);

inline bool isSafeRelativePath(const QString& path)
{
    return relativePathProblem(path).isEmpty();
}

// Whether any part of a relative path is hidden (starts with '.'): such files are not part of a
// folder of outputs or a package.
bool isHiddenPath(const QString& relative);

} // namespace egress::io
