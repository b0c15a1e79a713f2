#pragma once

#include "table/labelpath.h"
#include "table/outputkind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace egress::io {

// What is known of a table's shape before it is read: from the command line (`--label-columns`)
// or from a request manifest (`kind`, `statistic`, `rows`, `cols`, `header_rows`, ...). Every
// field is optional; what is not given is inferred from the grid (see GridTableReader).
struct TableLayout
{
    // How many leading columns hold row labels.
    std::optional<int> labelColumns;
    // How many leading lines hold column headings (multi-level columns).
    std::optional<int> headerRows;
    std::optional<table::OutputKind> kind;
    // The statistic the values are ("count", "sum", "mean", ...): decides the role of value
    // columns whose headings are categories rather than statistics.
    QString statistic;
    // Long layout: the dimension columns that become column labels. The other dimension columns
    // stay row labels, and the remaining columns hold the values.
    QStringList columnDimensions;
    // Cells that are zero by definition (men in a cervical-screening table), named by labels.
    QList<std::pair<table::LabelPath, table::LabelPath>> structuralZeros;
    // A regression's residual degrees of freedom when they are known from elsewhere (ACRO's
    // properties) rather than published in the table.
    std::optional<double> residualDegreesOfFreedom;
    // The sheet of a workbook to read; empty for every sheet.
    QString sheet;
};

} // namespace egress::io
