#pragma once

#include "statistic.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace egress::tabulate {

// What to tabulate from a microdata file (one row per event). Column names are matched against
// the header exactly, after trimming.
struct TabulationSpec
{
    QStringList rows; // row dimension columns, at least one
    QStringList cols; // column dimension columns, may be empty
    QString value; // the magnitude column; required unless every statistic is Count
    QList<Statistic> statistics {Statistic::Count};
    // The unit id column, with optional fallbacks: a row's unit is the first of these columns
    // that is not empty there (CLD: the NHS number pseudonym, else the local authority's person
    // id). Empty: every row is its own unit, as ACRO does.
    QStringList unit;
    bool margins = false; // "Total" rows and columns for every dimension, in all combinations
};

} // namespace egress::tabulate
