#pragma once

#include "status.h"
#include "table/labelpath.h"

#include <QString>

#include <optional>

namespace egress::rules {

// Where in the table a finding sits. Results name cells by label path; the grid position is
// kept only so that a view can select the cell.
struct CellPosition
{
    qsizetype row = 0;
    qsizetype column = 0;
    table::LabelPath rowPath;
    table::LabelPath columnPath;
};

struct Finding
{
    QString rule; // rule id as in rules.md
    Status status = Status::Review;
    std::optional<CellPosition> cell; // absent for output-level findings
    std::optional<double> value;
    QString message; // one plain sentence: "3 people < threshold 10"
};

} // namespace egress::rules
