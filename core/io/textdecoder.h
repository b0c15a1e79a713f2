#pragma once

#include <QByteArray>
#include <QString>

namespace egress::io {

// Turns the bytes of a text file into text, the way the files we receive are really encoded:
// UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark, or (from older
// spreadsheet exports) Latin-1. A file that mixes UTF-8 with other bytes, or holds NUL bytes
// outside UTF-16, is refused rather than guessed at.
class TextDecoder
{
public:
    enum class Encoding
    {
        Utf8,
        Utf8WithBom,
        Utf16LittleEndian,
        Utf16BigEndian,
        Latin1,
    };

    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };

    // Throws InputError naming fileName.
    static Decoded decode(const QByteArray& bytes, const QString& fileName);
};

} // namespace egress::io
