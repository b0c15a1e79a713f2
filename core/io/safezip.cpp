#include "safezip.h"

#include "inputerror.h"

#include <QBuffer>
#include <QRegularExpression>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace egress::io {
namespace {

constexpr quint16 kEncryptedFlag = 0x0001;
constexpr quint32 kUnixFileTypeMask = 0170000;
constexpr quint32 kUnixSymbolicLink = 0120000;

// A member name made safe to use as a relative path, or an empty string when it cannot be.
QString normalisedMemberName(const QString& stored)
{
    static const QRegularExpression driveLetter(QStringLiteral("^[A-Za-z]:"));
    QString name = stored;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (name.startsWith(QLatin1Char('/')) || driveLetter.match(name).hasMatch()
        || name.contains(QChar(0)))
        return {};
    QStringList parts;
    for (const QString& part : name.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return {};
        parts.append(part);
    }
    return parts.join(QLatin1Char('/'));
}

bool isSymbolicLink(const QuaZipFileInfo64& info)
{
    // Made on Unix (host 3): the upper half of the external attributes is the st_mode.
    const quint16 host = info.versionCreated >> 8;
    return host == 3 && ((info.externalAttr >> 16) & kUnixFileTypeMask) == kUnixSymbolicLink;
}

} // namespace

bool SafeZip::looksLikeZip(const QByteArray& bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

SafeZip::SafeZip(QByteArray bytes, QString fileName, ZipLimits limits)
    : m_bytes(std::move(bytes))
    , m_fileName(std::move(fileName))
    , m_limits(limits)
{
    if (!looksLikeZip(m_bytes))
        throw InputError(m_fileName, QStringLiteral("is not a zip archive"));
    QBuffer buffer(&m_bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        throw InputError(m_fileName, QStringLiteral("is not a readable zip archive (damaged?)"));
    if (zip.getEntriesCount() > m_limits.maxEntries) {
        throw InputError(m_fileName,
                         QStringLiteral("has %1 members, more than the %2 allowed")
                             .arg(zip.getEntriesCount())
                             .arg(m_limits.maxEntries));
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            throw InputError(m_fileName, QStringLiteral("has a damaged member list"));
        if (info.name.endsWith(QLatin1Char('/')) || info.name.endsWith(QLatin1Char('\\')))
            continue;
        const QString name = normalisedMemberName(info.name);
        if (name.isEmpty()) {
            throw InputError(
                m_fileName,
                QStringLiteral("member '%1' points outside the archive").arg(info.name));
        }
        if (isSymbolicLink(info)) {
            throw InputError(m_fileName,
                             QStringLiteral("member '%1' is a symbolic link").arg(info.name));
        }
        if (info.flags & kEncryptedFlag) {
            throw InputError(m_fileName, QStringLiteral("member '%1' is encrypted").arg(info.name));
        }
        if (m_archiveNames.contains(name)) {
            throw InputError(m_fileName, QStringLiteral("has two members named '%1'").arg(name));
        }
        m_archiveNames.insert(name, info.name);
        m_entryNames.append(name);
    }
    if (zip.getZipError() != UNZ_OK)
        throw InputError(m_fileName, QStringLiteral("has a damaged member list"));
}

QByteArray SafeZip::read(const QString& name) const
{
    const auto stored = m_archiveNames.constFind(name);
    if (stored == m_archiveNames.constEnd())
        throw InputError(m_fileName, QStringLiteral("has no member '%1'").arg(name));
    QByteArray archive = m_bytes; // shared, not copied: QBuffer only needs a non-const pointer
    QBuffer buffer(&archive);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(*stored, QuaZip::csSensitive))
        throw InputError(m_fileName, QStringLiteral("cannot open member '%1'").arg(name));
    QuaZipFile member(&zip);
    if (!member.open(QIODevice::ReadOnly))
        throw InputError(m_fileName, QStringLiteral("cannot open member '%1'").arg(name));

    const qint64 allowed
        = std::min(m_limits.maxEntryBytes, m_limits.maxTotalBytes - m_bytesInflated);
    QByteArray content;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 got = member.read(chunk, sizeof chunk);
        if (got < 0) {
            throw InputError(
                m_fileName,
                QStringLiteral("member '%1' is damaged and cannot be inflated").arg(name));
        }
        if (got == 0)
            break;
        if (content.size() + got > allowed) {
            throw InputError(m_fileName,
                             QStringLiteral("member '%1' inflates to more than %2 MiB: refused "
                                            "as a possible zip bomb")
                                 .arg(name)
                                 .arg(allowed / (1024 * 1024)));
        }
        content.append(chunk, got);
    }
    member.close();
    if (member.getZipError() != UNZ_OK) {
        throw InputError(m_fileName,
                         QStringLiteral("member '%1' is damaged (checksum mismatch)").arg(name));
    }
    m_bytesInflated += content.size();
    return content;
}

} // namespace egress::io
