#pragma once

#include "tabulation.h"
#include "tabulationspec.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace egress::tabulate {

// Microdata → table + evidence, in one pass over a CSV file: each row's cell and unit are found
// through interned categories and unit ids, its value added to that unit's total in the cell;
// then every cell (margins too) is summarised over its unit totals. Memory grows with the
// distinct units, cells and (unit, cell) pairs, not with the rows.
class Tabulator
{
public:
    // Told now and then how far the reading is, in bytes.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Whether the file is read and cut into records on a second thread, ahead of the
    // tabulation (Automatic: when the machine has two cores or more). The result is the same,
    // byte for byte, and so is the error for a bad file.
    enum class Threads
    {
        Automatic,
        One,
        Two,
    };

    // Throws io::InputError (file, line, column) for a file that cannot be read, is empty or
    // has no data rows, lacks a column the spec names, holds a ragged row, broken quoting, a
    // value that is not a number, a category that is not UTF-8 or reads as a margin label.
    // Throws std::invalid_argument for a spec that cannot be tabulated (no row dimension, a
    // dimension named twice, a statistic that needs a value column without one).
    static Tabulation tabulate(const QString& csvPath, const TabulationSpec& spec,
                               const Progress& progress = {}, Threads threads = Threads::Automatic);
    // The same over bytes in memory; fileName names them in errors.
    static Tabulation tabulate(const QByteArray& csv, const QString& fileName,
                               const TabulationSpec& spec, const Progress& progress = {},
                               Threads threads = Threads::Automatic);

    // Checks a spec on its own, as tabulate() does first. Throws std::invalid_argument.
    static void validate(const TabulationSpec& spec);
};

} // namespace egress::tabulate
