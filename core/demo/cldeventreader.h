#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

namespace egress::demo {

// One event row of a CLD extract: its fields in the order of the columns asked for.
class CldEvent
{
public:
    QByteArrayView field(qsizetype column) const { return m_fields.at(column); }
    qint64 line() const { return m_line; }

private:
    friend class CldEventReader;
    QList<QByteArrayView> m_fields;
    qint64 m_line = 0;
};

// Streams the rows of a CLD events file (`egress-check sample`'s cld_events.csv) a block at a
// time, so that a file of ten million rows is read in constant memory. Fields follow RFC 4180;
// a quoted field may not hold a line break, which the CLD never has in a field.
class CldEventReader
{
public:
    using Visitor = std::function<void(const CldEvent& event)>;

    // Reads path and calls visit for each row with the named columns' fields, in that order.
    // Throws io::InputError naming path when it cannot be read, lacks a column, or holds a
    // row with a field count unlike the header's or broken quoting.
    static void read(const QString& path, const QByteArrayList& columns, const Visitor& visit);
};

} // namespace egress::demo
