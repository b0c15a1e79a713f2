#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace egress::tabulate {

// The first record of a microdata file: its column names, the delimiter, and where the data
// begin. Microdata are read as UTF-8 (with or without a byte-order mark) only: a file in another
// encoding would compare its categories and unit ids byte by byte wrongly.
struct MicrodataHeader
{
    QStringList columns; // trimmed
    char delimiter = ',';
    qint64 dataBegin = 0; // the offset of the first byte after the header's line end

    // Throws io::InputError naming fileName for an empty file, UTF-16 (or NUL bytes), a header
    // that is not UTF-8, one without a line end (no data rows), or an empty or repeated column
    // name... only where it matters: see indexOf.
    static MicrodataHeader read(const char* data, qint64 size, const QString& fileName);

    // The index of a column named in a tabulation, or throws io::InputError saying what it was
    // wanted for ("a row dimension", "the value", "the unit id") when it is absent or appears
    // twice.
    int indexOf(const QString& name, const QString& purpose, const QString& fileName) const;
};

} // namespace egress::tabulate
