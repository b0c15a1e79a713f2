#include "folderfiles.h"

#include "relativepath.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace egress::io {

QStringList filesInFolder(const QString& folder)
{
    const QDir root(QFileInfo(folder).absoluteFilePath());
    QStringList files;
    QDirIterator it(root.path(), QDir::Files | QDir::NoSymLinks | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (!isHiddenPath(relative))
            files.append(relative);
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace egress::io
