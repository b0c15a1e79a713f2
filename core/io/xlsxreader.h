#pragma once

#include "csvtokenizer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace egress::io {

// One worksheet as a text grid, the same shape the CSV path produces, so that one table builder
// serves both formats.
struct SpreadsheetSheet
{
    QString name; // as in workbook.xml
    // One record per spreadsheet row holding a value, in row order; CsvRecord::line is the
    // spreadsheet row number (1-based). Every record has the sheet's used width: from column A
    // to the last column holding a value. Missing cells are "".
    QList<CsvRecord> records;
};

// Reads every worksheet of an .xlsx workbook, hidden ones included (they leave the SDE too), in
// workbook order; chart sheets hold no cells and are left out. Cells come out as text: strings
// as written, numbers in their shortest round-trip form ("12", "0.1"), booleans as TRUE/FALSE,
// errors as their text ("#DIV/0!"), numbers styled as dates in ISO 8601 ("2023-03-31",
// "2023-03-31T10:15:00", "10:15:00" for a time of day). The top-left text of a merged range
// fills the whole range, so that merged multi-level headers come out as repeated labels.
//
// The workbook arrives from outside the SDE team's control: the zip is opened only through
// SafeZip, XML parts with a DTD are refused (entity expansion), and a sheet whose used range
// exceeds kMaxCells is refused before its grid is allocated.
class XlsxReader
{
public:
    static constexpr qint64 kMaxCells = 10'000'000;
    static constexpr qsizetype kMaxSheets = 1000;

    // Throws InputError naming fileName (and the sheet and cell where known).
    static QList<SpreadsheetSheet> read(const QByteArray& bytes, const QString& fileName);
};

} // namespace egress::io
