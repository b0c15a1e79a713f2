#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace egress::demo {

struct Rgb
{
    quint8 red = 0;
    quint8 green = 0;
    quint8 blue = 0;
};

// A small RGB picture drawn pixel by pixel and written as PNG. The engine library may not link
// QtGui (its QImage would do this), and a chart for the demo request needs no more than lines,
// rectangles and a few digits.
class RasterImage
{
public:
    RasterImage(int width, int height, Rgb background);

    int width() const { return m_width; }
    int height() const { return m_height; }
    Rgb pixel(int x, int y) const;

    // Points outside the picture are left out, so that callers need not clip.
    void set(int x, int y, Rgb colour);
    void fillRect(int x, int y, int width, int height, Rgb colour);
    void line(int x0, int y0, int x1, int y1, Rgb colour); // Bresenham, one pixel wide
    // Text in a 5 × 7 pixel font, scaled; draws digits, '.', '-', '%', space and capital
    // letters, and skips any other character.
    void text(int x, int y, const char* text, int scale, Rgb colour);
    static int textWidth(const char* text, int scale);

    // PNG: 8-bit RGB, no interlace, each scanline unfiltered, one zlib IDAT chunk.
    QByteArray toPng() const;

private:
    int m_width;
    int m_height;
    QByteArray m_pixels; // RGB, row after row
};

} // namespace egress::demo
