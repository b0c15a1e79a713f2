#pragma once

#include "table/table.h"
#include "tablelayout.h"

#include <QList>
#include <QString>

namespace egress::io {

// Decides what a table read from a file is: its kind (frequency, magnitude, regression,
// histogram, survival) and the role of each value column, from what the manifest declares and
// otherwise from the headings. The rules pick the cells they judge by these, so a reader calls
// this once and every rule agrees.
//
// Without a declared kind: coefficient headings ("coef", "std err", "P>|z|") make a regression
// output; a time column with at-risk or event counts (or a time row dimension, as pandas writes
// its index, with at-risk counts), a survival table; bin edges, a histogram;
// a statistic heading ("mean", "sum") or a declared statistic other than count, a magnitude
// table; anything else is a frequency table, whose value columns are all counts.
//
// A regression output's rows that publish N or the residual degrees of freedom ("No.
// Observations", "Df Residuals", "nobs", "df_resid") become its model statistics, and the other
// rows are counted as its parameters.
class TableClassifier
{
public:
    static void classify(table::Table& table, const TableLayout& layout);

    // Marks the declared structural zeros. Throws InputError naming fileName for one that names
    // no cell of the table, or a cell whose published value is not 0.
    static void
    markStructuralZeros(table::Table& table,
                        const QList<std::pair<table::LabelPath, table::LabelPath>>& cells,
                        const QString& fileName);
};

} // namespace egress::io
