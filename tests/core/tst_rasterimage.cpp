#include "demo/rasterimage.h"

#include <QImage>
#include <QtTest>

using egress::demo::RasterImage;
using egress::demo::Rgb;

// The PNG is read back by Qt's own decoder (QtGui, which the engine library may not link but a
// test may): a wrong CRC, length or zlib stream makes it refuse the file.
class TestRasterImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pngDecodesToTheSamePixels();
    void textAndClipping();
};

void TestRasterImage::pngDecodesToTheSamePixels()
{
    RasterImage image(7, 5, {255, 255, 255});
    image.fillRect(1, 1, 2, 3, {200, 10, 30});
    image.line(0, 4, 6, 0, {0, 0, 255});
    const QByteArray png = image.toPng();
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    // The IEND chunk's CRC is the same in every PNG: AE 42 60 82.
    QVERIFY(png.endsWith(QByteArray::fromHex("0000000049454e44ae426082")));

    const QImage decoded = QImage::fromData(png, "PNG");
    QVERIFY(!decoded.isNull());
    QCOMPARE(decoded.size(), QSize(7, 5));
    for (int y = 0; y < 5; ++y) {
        for (int x = 0; x < 7; ++x) {
            const Rgb expected = image.pixel(x, y);
            QCOMPARE(decoded.pixel(x, y), qRgb(expected.red, expected.green, expected.blue));
        }
    }
    QCOMPARE(decoded.pixel(1, 2), qRgb(200, 10, 30));
    QCOMPARE(decoded.pixel(0, 4), qRgb(0, 0, 255)); // the line's ends
    QCOMPARE(decoded.pixel(6, 0), qRgb(0, 0, 255));
    QCOMPARE(decoded.pixel(6, 4), qRgb(255, 255, 255));
}

void TestRasterImage::textAndClipping()
{
    // "1" in the 5 × 7 font at scale 1: its stem is the middle column, rows 0–6.
    RasterImage image(12, 9, {0, 0, 0});
    image.text(1, 1, "1", 1, {255, 255, 255});
    int lit = 0;
    for (int y = 0; y < 9; ++y)
        lit += image.pixel(3, y).red == 255 ? 1 : 0;
    QCOMPARE(lit, 7);
    QCOMPARE(RasterImage::textWidth("10", 1), 11); // two glyphs of 5 and a gap of 1
    QCOMPARE(RasterImage::textWidth("1?", 2), 10); // '?' has no glyph and takes no room

    // Drawing off the picture is clipped, not a crash.
    image.fillRect(-5, -5, 100, 2, {9, 9, 9});
    image.line(-10, -10, 30, 30, {9, 9, 9});
    image.set(12, 9, {9, 9, 9});
    QCOMPARE(image.pixel(8, 8).red, 9); // on the diagonal
    QCOMPARE(image.pixel(11, 0).red, 0); // the rectangle lay wholly above the picture
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RasterImage(0, 5, {}));
}

QTEST_GUILESS_MAIN(TestRasterImage)
#include "tst_rasterimage.moc"
