#pragma once

// Tables for the protection tests, written as the CSV a researcher would publish.

#include "io/csvtokenizer.h"
#include "io/gridtablereader.h"
#include "table/table.h"

#include <QString>

namespace egress::testing {

inline table::Table tableFromCsv(const char* text)
{
    const QString csv = QString::fromUtf8(text);
    return io::GridTableReader::read(io::CsvTokenizer::tokenize(csv, u',', QStringLiteral("t.csv")),
                                     QStringLiteral("t.csv"), {});
}

} // namespace egress::testing
