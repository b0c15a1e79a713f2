#pragma once

#include "table/table.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace egress::io {

// Turns a long table (dimension columns, then value columns: one line per combination of
// categories) into the wide table the rules judge: the named column dimensions become column
// labels, the other dimensions stay row labels. With several value columns (n, mean) each
// category gets one column per value heading; a single value column that names a statistic other
// than a count ("mean") keeps its heading too, so that its role is known.
//
// A combination that the file does not list is a cell that was not published: it is read as
// suppressed with empty text, never as zero.
class LongTablePivot
{
public:
    // `long` has one row per file line (rowLines gives their line numbers for messages), its row
    // dimensions are the file's dimension columns. Throws InputError naming fileName for a
    // column dimension that is not a dimension column and for a combination listed twice.
    static table::Table pivot(const table::Table& longTable, const QList<int>& rowLines,
                              const QStringList& columnDimensions, const QString& fileName);
};

} // namespace egress::io
