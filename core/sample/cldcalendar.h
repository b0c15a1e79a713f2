#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace egress::sample {

class ByteBuffer;

// The reporting window of the synthetic extract: eight quarterly submissions, the first ending
// 31 March 2023, the last 31 December 2024. Days are Julian day numbers.
class CldCalendar
{
public:
    static constexpr int kQuarters = 8;

    CldCalendar();

    qint64 firstDay() const { return m_firstDay; }
    qint64 lastDay() const { return m_lastDay; }
    qint64 days() const { return m_lastDay - m_firstDay + 1; }

    // The submission whose period holds day; days outside the window go to the first or last.
    int quarterOf(qint64 day) const;
    // The two reporting period columns of a quarter, each followed by a comma:
    // "2023-04-01,2023-06-30,".
    const QByteArray& periodColumns(int quarter) const { return m_periodColumns[quarter]; }

    // "2024-03-31"
    static void appendDate(ByteBuffer& out, qint64 julianDay);

private:
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 0;
    qint64 m_quarterLastDays[kQuarters] = {};
    QByteArray m_periodColumns[kQuarters];
};

} // namespace egress::sample
