#pragma once

#include "table/table.h"
#include "tablelayout.h"

#include <QByteArray>
#include <QString>

namespace egress::io {

// Reads a table from CSV bytes: decodes the text (TextDecoder), splits it into records
// (CsvTokenizer) and shapes them into a table (GridTableReader, which says how the layout is
// recognised).
class CsvTableReader
{
public:
    // Throws InputError naming fileName for every problem with the content.
    static table::Table read(const QByteArray& bytes, const QString& fileName,
                             const TableLayout& layout = {});
};

} // namespace egress::io
