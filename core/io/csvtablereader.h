#pragma once

#include "table/table.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace egress::io {

struct CsvReadOptions
{
    // How many leading columns hold row labels. Unset: inferred (see CsvTableReader).
    std::optional<int> labelColumns;
};

// Reads a wide table: a header line naming the row variables over the label columns and then
// the column categories; each further line is one row, its leading label columns naming the row
// and the remaining fields holding numbers or suppression markers.
//
// Label columns are inferred as the leading columns in which most non-empty fields are text
// rather than numbers or markers. A value column with a stray word in it therefore stays a value
// column and the word is reported, instead of silently turning the column into labels.
class CsvTableReader
{
public:
    // Throws InputError naming fileName for every problem with the content.
    static table::Table read(const QByteArray& bytes, const QString& fileName,
                             const CsvReadOptions& options = {});
};

} // namespace egress::io
