#pragma once

#include <QByteArray>
#include <QString>

namespace egress::io {

// The bytes of one input file, read once, with the SHA-256 that identifies them in results and
// the audit log.
struct SourceFile
{
    // Files above this size are refused before reading: a table this large is not a summary
    // output, and reading it whole would put the workstation at risk.
    static constexpr qint64 kMaxBytes = qint64(256) * 1024 * 1024;

    QString path; // as found on disk
    QString displayName; // as shown to the user and written in results
    QByteArray bytes;
    QString sha256; // lower-case hex

    // Throws InputError naming displayName.
    static SourceFile load(const QString& path, const QString& displayName);
    static QString sha256Hex(const QByteArray& bytes);
};

} // namespace egress::io
