#pragma once

#include "table/table.h"

#include <QByteArray>
#include <QString>

namespace egress::io {

// Writes a table in the wide layout CsvTableReader reads (UTF-8, LF line ends, RFC 4180
// quoting where a field needs it): one header line per column label level, the label columns
// empty on every header line but the last, which names the row dimensions over them; then one
// line per row, its labels and then its values. Published values as numberformat writes them
// (no trailing zeros); suppressed and undefined cells as the text they were published with, or
// "*" when there is none.
//
// Labels and texts that a spreadsheet would run as formulas are guarded (formulaguard.h).
class TableCsvWriter
{
public:
    static QByteArray write(const table::Table& table);

    // One field: formula-guarded, then quoted if it holds a comma, a quote, a line break, or
    // spaces at either end (which a reader would trim).
    static QByteArray field(const QString& text);
};

} // namespace egress::io
