#include "textdecoder.h"

#include "inputerror.h"

#include <QStringDecoder>

namespace egress::io {
namespace {

struct Utf8Scan
{
    qsizetype firstInvalidOffset = -1; // -1: the whole buffer is valid UTF-8
    qsizetype multiByteSequences = 0; // valid ones, anywhere in the buffer
};

// Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF).
Utf8Scan scanUtf8(const QByteArray& bytes)
{
    Utf8Scan scan;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char secondMin = 0x80;
        unsigned char secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                secondMin = 0xA0;
            if (lead == 0xED)
                secondMax = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                secondMin = 0x90;
            if (lead == 0xF4)
                secondMax = 0x8F;
        }
        bool valid = length > 0 && i + length <= size && data[i + 1] >= secondMin
            && data[i + 1] <= secondMax;
        for (qsizetype k = 2; valid && k < length; ++k)
            valid = (data[i + k] & 0xC0) == 0x80;
        if (!valid) {
            // Scan on: UTF-8 sequences after the first bad byte rule out Latin-1 just as much as
            // those before it.
            if (scan.firstInvalidOffset < 0)
                scan.firstInvalidOffset = i;
            ++i;
            continue;
        }
        ++scan.multiByteSequences;
        i += length;
    }
    return scan;
}

int lineOfOffset(const QByteArray& bytes, qsizetype offset)
{
    return static_cast<int>(bytes.left(offset).count('\n')) + 1;
}

QString decodeUtf16(const QByteArray& bytes, QStringConverter::Encoding encoding,
                    const QString& fileName)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes.mid(2));
    if (decoder.hasError())
        throw InputError(fileName, QStringLiteral("is not valid UTF-16 text"));
    return text;
}

} // namespace

TextDecoder::Decoded TextDecoder::decode(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.startsWith("\xFF\xFE"))
        return {decodeUtf16(bytes, QStringConverter::Utf16LE, fileName),
                Encoding::Utf16LittleEndian};
    if (bytes.startsWith("\xFE\xFF"))
        return {decodeUtf16(bytes, QStringConverter::Utf16BE, fileName), Encoding::Utf16BigEndian};

    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        throw InputError(fileName,
                         QStringLiteral("contains a NUL byte: this is a binary file, not text"),
                         lineOfOffset(bytes, nul));
    }

    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = hasBom ? bytes.mid(3) : bytes;
    const Utf8Scan scan = scanUtf8(body);
    if (scan.firstInvalidOffset < 0)
        return {QString::fromUtf8(body), hasBom ? Encoding::Utf8WithBom : Encoding::Utf8};

    // Bytes that are not UTF-8 in a file that otherwise holds no UTF-8 sequences at all: an
    // export in Latin-1. Once real UTF-8 sequences appear too, any guess would corrupt labels.
    if (!hasBom && scan.multiByteSequences == 0)
        return {QString::fromLatin1(body), Encoding::Latin1};
    throw InputError(
        fileName,
        QStringLiteral("is not valid UTF-8 (byte 0x%1 mixes encodings); save it as UTF-8")
            .arg(static_cast<uint>(static_cast<unsigned char>(body.at(scan.firstInvalidOffset))), 2,
                 16, QLatin1Char('0')),
        lineOfOffset(body, scan.firstInvalidOffset));
}

} // namespace egress::io
