#include "sourcefile.h"

#include "inputerror.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace egress::io {

SourceFile SourceFile::load(const QString& path, const QString& displayName)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError(displayName, QStringLiteral("no such file"));
    if (!info.isFile())
        throw InputError(displayName, QStringLiteral("is not a regular file"));
    if (info.size() > kMaxBytes) {
        throw InputError(displayName,
                         QStringLiteral("is %1 bytes, over the limit of %2 MiB")
                             .arg(info.size())
                             .arg(kMaxBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(displayName, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    // Read at most one byte past the cap, in case the file grew after the size check.
    QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        throw InputError(displayName, QStringLiteral("grew beyond the size limit while reading"));
    if (file.error() != QFileDevice::NoError)
        throw InputError(displayName, QStringLiteral("cannot be read: %1").arg(file.errorString()));

    SourceFile source;
    source.path = path;
    source.displayName = displayName;
    source.sha256 = sha256Hex(bytes);
    source.bytes = std::move(bytes);
    return source;
}

QString SourceFile::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace egress::io
