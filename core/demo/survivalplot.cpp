#include "survivalplot.h"

#include "rasterimage.h"

#include <QByteArray>

#include <algorithm>
#include <cmath>

namespace egress::demo {
namespace {

constexpr int kWidth = 800;
constexpr int kHeight = 500;
constexpr int kLeft = 90;
constexpr int kRight = 30;
constexpr int kTop = 60;
constexpr int kBottom = 70;
constexpr Rgb kWhite {255, 255, 255};
constexpr Rgb kInk {30, 30, 30};
constexpr Rgb kGrid {215, 215, 215};
constexpr Rgb kCurve {20, 80, 160};

} // namespace

QByteArray SurvivalPlot::png(const QList<LifeTableRow>& rows, const char* title)
{
    RasterImage image(kWidth, kHeight, kWhite);
    const int plotWidth = kWidth - kLeft - kRight;
    const int plotHeight = kHeight - kTop - kBottom;
    const int lastWeek = rows.isEmpty() ? 1 : std::max(1, int((rows.constLast().end + 6) / 7));
    const auto xOf
        = [&](double week) { return kLeft + int(std::lround(week / lastWeek * plotWidth)); };
    const auto yOf
        = [&](double share) { return kTop + int(std::lround((1 - share) * plotHeight)); };

    // Grid and figures every 25% and every 13 weeks (a quarter).
    for (int percent = 0; percent <= 100; percent += 25) {
        const int y = yOf(percent / 100.0);
        image.line(kLeft, y, kLeft + plotWidth, y, kGrid);
        const QByteArray label = QByteArray::number(percent) + '%';
        image.text(kLeft - 12 - RasterImage::textWidth(label.constData(), 2), y - 7,
                   label.constData(), 2, kInk);
    }
    const int step = lastWeek > 120 ? 26 : 13;
    for (int week = 0; week <= lastWeek; week += step) {
        const int x = xOf(week);
        image.line(x, kTop, x, kTop + plotHeight, kGrid);
        const QByteArray label = QByteArray::number(week);
        image.text(x - RasterImage::textWidth(label.constData(), 2) / 2, kTop + plotHeight + 12,
                   label.constData(), 2, kInk);
    }
    image.line(kLeft, kTop, kLeft, kTop + plotHeight, kInk);
    image.line(kLeft, kTop + plotHeight, kLeft + plotWidth, kTop + plotHeight, kInk);

    // The curve: flat through each interval at the survival reached by its start, then down.
    double survival = 1;
    for (const LifeTableRow& row : rows) {
        const int x0 = xOf(double(row.start) / 7);
        const int x1 = xOf(double(row.end) / 7);
        for (int thickness = -1; thickness <= 1; ++thickness) {
            image.line(x0, yOf(survival) + thickness, x1, yOf(survival) + thickness, kCurve);
            image.line(x1 + thickness, yOf(survival), x1 + thickness, yOf(row.survival), kCurve);
        }
        survival = row.survival;
    }

    image.text(kLeft, 20, title, 3, kInk);
    const char* axis = "WEEKS SINCE FIRST REQUEST";
    image.text(kLeft + (plotWidth - RasterImage::textWidth(axis, 2)) / 2, kHeight - 30, axis, 2,
               kInk);
    return image.toPng();
}

} // namespace egress::demo
