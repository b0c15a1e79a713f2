#pragma once

#include "cellcomposition.h"

#include <QList>

#include <limits>
#include <optional>

namespace egress::protect {

// What an intruder can know of one cell: it lies in [lower, upper] whatever the hidden cells are.
struct CellInterval
{
    double lower = 0;
    double upper = std::numeric_limits<double>::infinity(); // infinite when nothing bounds it

    bool isExact() const { return upper - lower <= 1e-9 * std::max(1.0, std::abs(upper)); }
};

struct AuditResult
{
    // False when the published values contradict the table's relations (a total smaller than
    // its published parts): no cell value fits them, and no interval means anything.
    bool feasible = true;
    QList<CellInterval> intervals; // one per composition cell; a published cell's is its value
};

// The feasibility interval of every suppressed cell by linear programming, as tau-ARGUS audits
// a table: minimise and maximise the cell subject to the relations (each published cell equals
// the sum of its terms), the published values, and the bounds an intruder knows (counts are not
// negative; a cell published as "<5" is below 5). GLPK's simplex runs two objectives per cell on
// one problem, each starting from the last one's basis, and the cells are shared among worker
// threads, each with a problem of its own (GLPK keeps its state per thread).
class IntervalAudit
{
public:
    // published: each cell's value, nothing when suppressed. upperBounds: what a marker such as
    // "<5" tells of a suppressed cell. threads: at least 1.
    static AuditResult audit(const CellComposition& composition,
                             const QList<std::optional<double>>& published,
                             const QList<std::optional<double>>& upperBounds, int threads = 2);
};

} // namespace egress::protect
