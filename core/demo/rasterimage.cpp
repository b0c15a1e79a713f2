#include "rasterimage.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <stdexcept>

namespace egress::demo {
namespace {

struct Glyph
{
    char character;
    std::array<quint8, 7> rows; // top to bottom; bit 4 is the leftmost pixel
};

constexpr int kGlyphWidth = 5;
constexpr int kGlyphHeight = 7;
constexpr int kGlyphAdvance = 6;

constexpr Glyph kFont[] = {
    Glyph {'0', {0x0E, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0E}},
    Glyph {'1', {0x04, 0x0C, 0x04, 0x04, 0x04, 0x04, 0x0E}},
    Glyph {'2', {0x0E, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1F}},
    Glyph {'3', {0x1E, 0x01, 0x01, 0x0E, 0x01, 0x01, 0x1E}},
    Glyph {'4', {0x02, 0x06, 0x0A, 0x12, 0x1F, 0x02, 0x02}},
    Glyph {'5', {0x1F, 0x10, 0x1E, 0x01, 0x01, 0x11, 0x0E}},
    Glyph {'6', {0x06, 0x08, 0x10, 0x1E, 0x11, 0x11, 0x0E}},
    Glyph {'7', {0x1F, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08}},
    Glyph {'8', {0x0E, 0x11, 0x11, 0x0E, 0x11, 0x11, 0x0E}},
    Glyph {'9', {0x0E, 0x11, 0x11, 0x0F, 0x01, 0x02, 0x0C}},
    Glyph {'.', {0x00, 0x00, 0x00, 0x00, 0x00, 0x0C, 0x0C}},
    Glyph {'-', {0x00, 0x00, 0x00, 0x1F, 0x00, 0x00, 0x00}},
    Glyph {'%', {0x19, 0x1A, 0x02, 0x04, 0x08, 0x0B, 0x13}},
    Glyph {' ', {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00}},
    Glyph {'A', {0x0E, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11}},
    Glyph {'B', {0x1E, 0x11, 0x11, 0x1E, 0x11, 0x11, 0x1E}},
    Glyph {'C', {0x0E, 0x11, 0x10, 0x10, 0x10, 0x11, 0x0E}},
    Glyph {'D', {0x1C, 0x12, 0x11, 0x11, 0x11, 0x12, 0x1C}},
    Glyph {'E', {0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x1F}},
    Glyph {'F', {0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x10}},
    Glyph {'G', {0x0E, 0x11, 0x10, 0x17, 0x11, 0x11, 0x0F}},
    Glyph {'H', {0x11, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11}},
    Glyph {'I', {0x0E, 0x04, 0x04, 0x04, 0x04, 0x04, 0x0E}},
    Glyph {'J', {0x07, 0x02, 0x02, 0x02, 0x02, 0x12, 0x0C}},
    Glyph {'K', {0x11, 0x12, 0x14, 0x18, 0x14, 0x12, 0x11}},
    Glyph {'L', {0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x1F}},
    Glyph {'M', {0x11, 0x1B, 0x15, 0x15, 0x11, 0x11, 0x11}},
    Glyph {'N', {0x11, 0x11, 0x19, 0x15, 0x13, 0x11, 0x11}},
    Glyph {'O', {0x0E, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E}},
    Glyph {'P', {0x1E, 0x11, 0x11, 0x1E, 0x10, 0x10, 0x10}},
    Glyph {'Q', {0x0E, 0x11, 0x11, 0x11, 0x15, 0x12, 0x0D}},
    Glyph {'R', {0x1E, 0x11, 0x11, 0x1E, 0x14, 0x12, 0x11}},
    Glyph {'S', {0x0F, 0x10, 0x10, 0x0E, 0x01, 0x01, 0x1E}},
    Glyph {'T', {0x1F, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04}},
    Glyph {'U', {0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E}},
    Glyph {'V', {0x11, 0x11, 0x11, 0x11, 0x11, 0x0A, 0x04}},
    Glyph {'W', {0x11, 0x11, 0x11, 0x15, 0x15, 0x15, 0x0A}},
    Glyph {'X', {0x11, 0x11, 0x0A, 0x04, 0x0A, 0x11, 0x11}},
    Glyph {'Y', {0x11, 0x11, 0x11, 0x0A, 0x04, 0x04, 0x04}},
    Glyph {'Z', {0x1F, 0x01, 0x02, 0x04, 0x08, 0x10, 0x1F}},
};

const Glyph* glyphOf(char character)
{
    for (const Glyph& glyph : kFont) {
        if (glyph.character == character)
            return &glyph;
    }
    return nullptr;
}

// CRC-32 as PNG (and zlib) define it: polynomial 0xEDB88320, reflected.
quint32 crc32(const QByteArray& bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> entries {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) != 0 ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            entries[n] = c;
        }
        return entries;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : bytes)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

void appendBigEndian(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray& png, const char* type, const QByteArray& data)
{
    appendBigEndian(png, quint32(data.size()));
    const QByteArray typed = QByteArray(type) + data;
    png.append(typed);
    appendBigEndian(png, crc32(typed));
}

} // namespace

RasterImage::RasterImage(int width, int height, Rgb background)
    : m_width(width)
    , m_height(height)
{
    if (width < 1 || height < 1 || qint64(width) * height > 64 * 1024 * 1024)
        throw std::invalid_argument("RasterImage: a size of 1 to 64 M pixels is required");
    m_pixels.resize(qsizetype(width) * height * 3);
    fillRect(0, 0, width, height, background);
}

Rgb RasterImage::pixel(int x, int y) const
{
    const qsizetype at = (qsizetype(y) * m_width + x) * 3;
    return {quint8(m_pixels.at(at)), quint8(m_pixels.at(at + 1)), quint8(m_pixels.at(at + 2))};
}

void RasterImage::set(int x, int y, Rgb colour)
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return;
    char* at = m_pixels.data() + (qsizetype(y) * m_width + x) * 3;
    at[0] = char(colour.red);
    at[1] = char(colour.green);
    at[2] = char(colour.blue);
}

void RasterImage::fillRect(int x, int y, int width, int height, Rgb colour)
{
    for (int row = std::max(y, 0); row < std::min(y + height, m_height); ++row) {
        for (int column = std::max(x, 0); column < std::min(x + width, m_width); ++column)
            set(column, row, colour);
    }
}

void RasterImage::line(int x0, int y0, int x1, int y1, Rgb colour)
{
    const int dx = std::abs(x1 - x0);
    const int dy = -std::abs(y1 - y0);
    const int stepX = x0 < x1 ? 1 : -1;
    const int stepY = y0 < y1 ? 1 : -1;
    int error = dx + dy;
    while (true) {
        set(x0, y0, colour);
        if (x0 == x1 && y0 == y1)
            break;
        const int twice = 2 * error;
        if (twice >= dy) {
            error += dy;
            x0 += stepX;
        }
        if (twice <= dx) {
            error += dx;
            y0 += stepY;
        }
    }
}

void RasterImage::text(int x, int y, const char* text, int scale, Rgb colour)
{
    for (; *text != '\0'; ++text) {
        if (const Glyph* glyph = glyphOf(*text)) {
            for (int row = 0; row < kGlyphHeight; ++row) {
                for (int column = 0; column < kGlyphWidth; ++column) {
                    if ((glyph->rows[std::size_t(row)] >> (kGlyphWidth - 1 - column) & 1) != 0)
                        fillRect(x + column * scale, y + row * scale, scale, scale, colour);
                }
            }
            x += kGlyphAdvance * scale;
        }
    }
}

int RasterImage::textWidth(const char* text, int scale)
{
    int glyphs = 0;
    for (; *text != '\0'; ++text)
        glyphs += glyphOf(*text) != nullptr ? 1 : 0;
    return glyphs == 0 ? 0 : (glyphs * kGlyphAdvance - 1) * scale;
}

QByteArray RasterImage::toPng() const
{
    QByteArray scanlines;
    scanlines.reserve(qsizetype(m_height) * (qsizetype(m_width) * 3 + 1));
    for (int row = 0; row < m_height; ++row) {
        scanlines.append('\0'); // filter type 0: none
        scanlines.append(m_pixels.constData() + qsizetype(row) * m_width * 3,
                         qsizetype(m_width) * 3);
    }
    // qCompress puts the uncompressed length (4 bytes, big-endian) before the zlib stream.
    const QByteArray zlib = qCompress(scanlines, 9).sliced(4);

    QByteArray header;
    appendBigEndian(header, quint32(m_width));
    appendBigEndian(header, quint32(m_height));
    header.append(char(8)); // bits per channel
    header.append(char(2)); // colour type: RGB
    header.append(3, '\0'); // deflate, adaptive filtering, no interlace

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", zlib);
    appendChunk(png, "IEND", QByteArray());
    return png;
}

} // namespace egress::demo
