#include "io/inputerror.h"
#include "io/textdecoder.h"

#include <QtTest>

using egress::io::InputError;
using egress::io::TextDecoder;

Q_DECLARE_METATYPE(egress::io::TextDecoder::Encoding)

namespace {

const QString kFile = QStringLiteral("export.csv");

QByteArray bytes(const char* data, qsizetype size)
{
    return QByteArray(data, size);
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
    void refuses_data();
    void refuses();
};

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextDecoder::Encoding>("encoding");

    QTest::newRow("empty") << QByteArray() << QString() << TextDecoder::Encoding::Utf8;
    QTest::newRow("ASCII") << QByteArray("a,b\n1,2\n") << QStringLiteral("a,b\n1,2\n")
                           << TextDecoder::Encoding::Utf8;
    QTest::newRow("UTF-8 without BOM")
        << QByteArray("Caf\xc3\xa9,\xe2\x89\xa4"
                      "5\n")
        << QStringLiteral("Café,≤5\n") << TextDecoder::Encoding::Utf8;
    QTest::newRow("UTF-8 four-byte sequence")
        << QByteArray("\xf0\x9f\x99\x82,1") << QStringLiteral("\U0001F642,1")
        << TextDecoder::Encoding::Utf8;
    QTest::newRow("UTF-8 with BOM (BOM dropped)")
        << QByteArray("\xef\xbb\xbf"
                      "area,Caf\xc3\xa9")
        << QStringLiteral("area,Café") << TextDecoder::Encoding::Utf8WithBom;
    QTest::newRow("UTF-16LE with BOM")
        << bytes("\xff\xfe"
                 "a\0,\0\xe9\0\n\0",
                 10)
        << QStringLiteral("a,é\n") << TextDecoder::Encoding::Utf16LittleEndian;
    QTest::newRow("UTF-16BE with BOM")
        << bytes("\xfe\xff\0a\0,\0\xe9\0\n", 10) << QStringLiteral("a,é\n")
        << TextDecoder::Encoding::Utf16BigEndian;
    QTest::newRow("UTF-16LE outside the BMP")
        << bytes("\xff\xfe\x3d\xd8\x42\xde", 6) << QStringLiteral("\U0001F642")
        << TextDecoder::Encoding::Utf16LittleEndian;
    QTest::newRow("Latin-1") << QByteArray("Caf\xe9,1\n") << QStringLiteral("Café,1\n")
                             << TextDecoder::Encoding::Latin1;
    QTest::newRow("Latin-1, several lines")
        << QByteArray("name,n\nR\xe9sum\xe9,12\n\xa3 cost,3\n")
        << QStringLiteral("name,n\nRésumé,12\n£ cost,3\n") << TextDecoder::Encoding::Latin1;
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, text);
    QFETCH(TextDecoder::Encoding, encoding);

    const TextDecoder::Decoded decoded = TextDecoder::decode(input, kFile);
    QCOMPARE(decoded.text, text);
    QCOMPARE(static_cast<int>(decoded.encoding), static_cast<int>(encoding));
}

void TestTextDecoder::refuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("problem");

    const QString mixed
        = QStringLiteral("is not valid UTF-8 (byte 0x%1 mixes encodings); save it as UTF-8");
    QTest::newRow("UTF-8, then a Latin-1 byte on line 3")
        << QByteArray("area,n\nCaf\xc3\xa9,12\nCaf\xe9,13\n") << 3
        << mixed.arg(QLatin1String("e9"));
    // The same mix in the other order must not be decoded as Latin-1 either: that would turn
    // the later "é" into "Ã©".
    QTest::newRow("Latin-1 byte on line 1, then UTF-8")
        << QByteArray("Caf\xe9,13\nCaf\xc3\xa9,12\n") << 1 << mixed.arg(QLatin1String("e9"));
    QTest::newRow("UTF-8 BOM, then a Latin-1 byte") << QByteArray("\xef\xbb\xbf"
                                                                  "a,b\nx,\xa3"
                                                                  "3\n")
                                                    << 2 << mixed.arg(QLatin1String("a3"));
    QTest::newRow("truncated UTF-8 sequence at the end")
        << QByteArray("\xc3\xa9\n\n\xc3") << 3 << mixed.arg(QLatin1String("c3"));
    QTest::newRow("UTF-16 surrogate encoded in UTF-8")
        << QByteArray("\xc3\xa9\n\xed\xa0\x80") << 2 << mixed.arg(QLatin1String("ed"));
    QTest::newRow("NUL byte on line 2")
        << bytes("a,b\n1,\0\n", 8) << 2
        << QStringLiteral("contains a NUL byte: this is a binary file, not text");
    QTest::newRow("UTF-16 without BOM")
        << bytes("a\0,\0b\0", 6) << 1
        << QStringLiteral("contains a NUL byte: this is a binary file, not text");
}

void TestTextDecoder::refuses()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, problem);

    try {
        const TextDecoder::Decoded decoded = TextDecoder::decode(input, kFile);
        QFAIL(qPrintable(QStringLiteral("decoded instead of refusing: %1").arg(decoded.text)));
    } catch (const InputError& error) {
        QCOMPARE(error.file(), kFile);
        QCOMPARE(error.line(), line);
        QCOMPARE(error.problem(), problem);
        QCOMPARE(error.message(),
                 QStringLiteral("export.csv: line %1: %2").arg(QString::number(line), problem));
    }
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
