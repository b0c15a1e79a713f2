#pragma once

#include "csvtokenizer.h"
#include "table/table.h"
#include "tablelayout.h"

#include <QList>
#include <QString>

namespace egress::io {

// Turns a grid of text fields (from a CSV file or a worksheet) into a table.
//
// Wide layout: one or more header lines, then one line per row. The leading columns in which
// most non-empty fields are text hold row labels; the rest hold numbers or suppression markers.
// A value column with a stray word in it therefore stays a value column and the word is
// reported, instead of silently turning the column into labels.
//
// Multi-level column headings: further header lines are recognised when every value field on
// them is text or empty and they plainly continue the header (the line above groups columns, as
// merged or repeated headings do, or one of the two lines leaves its label fields empty), or when
// the manifest declares `header_rows`. Empty upper headings are filled from the left, as merged
// cells are. pandas' line of index names (labels, then nothing but empty values) is read as the
// row dimensions' names.
//
// Long layout: when the column dimensions the layout names are label columns of the file, they
// are pivoted into column labels and the other label columns stay row labels. When none of them
// is, the table is wide and read as it stands; naming some but not all is an error.
//
// The table's kind and column roles are then classified (TableClassifier).
class GridTableReader
{
public:
    // Throws InputError naming fileName for every problem with the content. Records must come
    // in file order; a record's line is the line (or worksheet row) it started on.
    static table::Table read(QList<CsvRecord> records, const QString& fileName,
                             const TableLayout& layout = {});
};

} // namespace egress::io
