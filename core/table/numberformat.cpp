#include "numberformat.h"

#include <cmath>

namespace egress::table {

QString formatNumber(double value)
{
    if (value == 0.0)
        return QStringLiteral("0"); // also for -0, which is still "nobody"
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 12);
}

} // namespace egress::table
