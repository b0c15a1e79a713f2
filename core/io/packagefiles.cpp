#include "packagefiles.h"

#include "folderfiles.h"
#include "inputerror.h"
#include "relativepath.h"
#include "sourcefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace egress::io {

bool PackageFiles::isZipFile(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    return SafeZip::looksLikeZip(file.read(4));
}

PackageFiles PackageFiles::open(const QString& path)
{
    PackageFiles files;
    files.m_path = path;
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError(path, QStringLiteral("no such file or folder"));
    if (info.isDir()) {
        files.m_names = filesInFolder(path);
    } else {
        const SourceFile source = SourceFile::load(path, path);
        files.m_zip = std::make_shared<const SafeZip>(source.bytes, path);
        for (const QString& name : files.m_zip->entryNames()) {
            if (!isHiddenPath(name))
                files.m_names.append(name);
        }
        std::sort(files.m_names.begin(), files.m_names.end());
    }
    return files;
}

QByteArray PackageFiles::read(const QString& name) const
{
    if (!contains(name))
        throw InputError(displayName(name), QStringLiteral("is not in the package"));
    if (m_zip)
        return m_zip->read(name);
    return SourceFile::load(QDir(m_path).filePath(name), displayName(name)).bytes;
}

QString PackageFiles::displayName(const QString& name) const
{
    return QDir::fromNativeSeparators(m_path) + u'/' + name;
}

} // namespace egress::io
