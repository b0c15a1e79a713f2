#include "cldcalendar.h"

#include "bytebuffer.h"

#include <QDate>

namespace egress::sample {

CldCalendar::CldCalendar()
{
    const QDate first(2023, 1, 1);
    QDate start = first;
    for (int quarter = 0; quarter < kQuarters; ++quarter) {
        const QDate end = start.addMonths(3).addDays(-1);
        m_quarterLastDays[quarter] = end.toJulianDay();
        ByteBuffer period(32);
        appendDate(period, start.toJulianDay());
        period.append(',');
        appendDate(period, end.toJulianDay());
        period.append(',');
        m_periodColumns[quarter] = period.toByteArray();
        start = end.addDays(1);
    }
    m_firstDay = first.toJulianDay();
    m_lastDay = m_quarterLastDays[kQuarters - 1];
}

int CldCalendar::quarterOf(qint64 day) const
{
    for (int quarter = 0; quarter < kQuarters - 1; ++quarter) {
        if (day <= m_quarterLastDays[quarter])
            return quarter;
    }
    return kQuarters - 1;
}

void CldCalendar::appendDate(ByteBuffer& out, qint64 julianDay)
{
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(julianDay).getDate(&year, &month, &day);
    const char text[] = {char('0' + year / 1000 % 10),
                         char('0' + year / 100 % 10),
                         char('0' + year / 10 % 10),
                         char('0' + year % 10),
                         '-',
                         char('0' + month / 10),
                         char('0' + month % 10),
                         '-',
                         char('0' + day / 10),
                         char('0' + day % 10)};
    out.append(text, sizeof text);
}

} // namespace egress::sample
