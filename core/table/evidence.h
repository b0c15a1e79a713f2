#pragma once

#include "labelpath.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace egress::table {

// What the microdata behind one cell looked like, from the researcher's pre-check. It is
// sensitive (the top contributions are individual values) and never leaves the SDE.
struct CellEvidence
{
    LabelPath row;
    LabelPath column; // category labels only: statistic headings ("mean", "n") are not part of it
    qint64 units = 0; // distinct units with a non-missing value
    double total = 0; // X: the sum of the units' totals
    QList<double> top; // the largest unit totals, descending (x1 ≥ x2 ≥ …)
    qint64 negatives = 0; // units whose total is negative
    qint64 missing = 0; // rows whose value was missing and dropped
    std::optional<double> minimum; // the smallest and largest unit values
    std::optional<double> maximum;
};

// Per-cell evidence for one output, looked up by the cell's labels.
class Evidence
{
public:
    QString output; // the output id it belongs to
    QString unit = QStringLiteral("person");
    QString statistic; // count, sum, mean, ...
    QString valueName; // the microdata column summarised
    QStringList rowDimensions;
    QStringList columnDimensions;

    // A cell with the row and column labels of an earlier one replaces it (the last wins), so
    // that cells() never holds two cells for one label pair and a written file reads back.
    void add(CellEvidence cell);
    const QList<CellEvidence>& cells() const { return m_cells; }
    bool isEmpty() const { return m_cells.isEmpty(); }

    // The evidence for a table cell. Column labels that name a statistic ("mean", "n") are
    // dropped before the lookup, because one set of contributions stands behind every statistic
    // published for the same category.
    const CellEvidence* find(const LabelPath& row, const LabelPath& column) const;

private:
    QList<CellEvidence> m_cells;
    QHash<std::pair<LabelPath, LabelPath>, qsizetype> m_index;
};

} // namespace egress::table
