#pragma once

#include "finding.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace egress::table {
class Table;
}

namespace egress::rules {

struct CellVerdict
{
    Status status = Status::Review;
    QString message;
};

// Called for every published (not suppressed) cell with its value; returns a verdict for cells
// that need attention.
using CellJudge = std::function<std::optional<CellVerdict>(const table::Table& table, qsizetype row,
                                                           qsizetype column, double value)>;

// The walk every cell-level rule shares: all published cells in row-major order, each verdict
// turned into a finding named by the cell's label path.
QList<Finding> findingsForCells(const table::Table& table, const QString& ruleId,
                                const CellJudge& judge);

// A finding about the output as a whole (no cell).
Finding outputFinding(const QString& ruleId, Status status, std::optional<double> value,
                      const QString& message);

qsizetype countWithStatus(const QList<Finding>& findings, Status status);

// "1 cell", "3 cells"
QString cellsNoun(qsizetype count);
// "person" for exactly one, "people" otherwise
QString peopleNoun(double count);

} // namespace egress::rules
