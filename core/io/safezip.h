#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace egress::io {

// How much a zip may unpack to. Counted on the bytes actually inflated, never on the sizes the
// archive claims, because a zip bomb lies about them.
struct ZipLimits
{
    qint64 maxEntryBytes = qint64(256) * 1024 * 1024;
    qint64 maxTotalBytes = qint64(1024) * 1024 * 1024;
    qsizetype maxEntries = 10'000;
};

// A zip archive held in memory whose every member name has been checked before anything is
// read: request packages and XLSX workbooks both arrive from outside the SDE team's control.
// Refused outright, naming the archive: names that climb out of the archive (`..`, absolute
// paths, drive letters), names that collide once normalised, symbolic links, encrypted members,
// too many members. Members are read on demand and stop being read at the limits.
class SafeZip
{
public:
    // Throws InputError naming fileName when the bytes are not a zip or the archive is refused.
    SafeZip(QByteArray bytes, QString fileName, ZipLimits limits = {});

    static bool looksLikeZip(const QByteArray& bytes);

    const QString& fileName() const { return m_fileName; }
    // Members that are files (not folders), with '/' separators, in archive order.
    const QStringList& entryNames() const { return m_entryNames; }
    bool contains(const QString& name) const { return m_archiveNames.contains(name); }

    // The inflated bytes of a member. Throws InputError for a missing member, corrupt data
    // (CRC mismatch) and reading past the limits.
    QByteArray read(const QString& name) const;

private:
    QByteArray m_bytes;
    QString m_fileName;
    ZipLimits m_limits;
    QStringList m_entryNames;
    QHash<QString, QString> m_archiveNames; // normalised name → name as stored in the archive
    mutable qint64 m_bytesInflated = 0;
};

} // namespace egress::io
