#pragma once

#include "cellcomposition.h"
#include "table/table.h"

#include <QList>

#include <cmath>
#include <limits>
#include <optional>

namespace egress::protect {

// What an intruder can know of one cell: it lies in [lower, upper] whatever the hidden cells are.
struct CellInterval
{
    double lower = 0; // minus infinity for a sum that nothing bounds below
    double upper = std::numeric_limits<double>::infinity(); // infinite when nothing bounds it

    bool isExact() const
    {
        return !std::isinf(upper) && !std::isinf(lower)
            && upper - lower <= 1e-9 * std::max(1.0, std::abs(upper));
    }
};

struct AuditResult
{
    // False when the published values contradict the table's relations (a total smaller than
    // its published parts): no cell value fits them, and no interval means anything.
    bool feasible = true;
    // False when a published value is beyond what the simplex can take exactly (|v| > 10^12, or
    // not finite): the intervals are then unknown ([0, ∞)), not wrong.
    bool audited = true;
    // One per composition cell: a hidden cell's, a rounded cell's as the totals narrow its range,
    // an exactly published cell's its value.
    QList<CellInterval> intervals;
};

// The feasibility interval of every suppressed cell by linear programming, as tau-ARGUS audits
// a table: minimise and maximise the cell subject to the relations (each published cell equals
// the sum of its terms), the published values (or ranges), and the bounds an intruder knows (counts
// are not negative, though sums may be; a cell published as "<5" is below 5). GLPK's simplex runs
// two objectives per cell on one problem, each starting from the last one's basis, and the cells
// are shared among worker threads, each with a problem of its own (GLPK keeps its state per
// thread).
// What an intruder reads off a published table for each cell of its composition.
struct KnownCells
{
    QList<std::optional<CellInterval>> values; // nothing when suppressed
    QList<std::optional<double>> upperBounds; // what a marker such as "<5" says
};

class IntervalAudit
{
public:
    // Each composition cell's published value (or the range knownRange gives, for a rounded
    // table) and marker bound, in the composition's order: the inputs of audit().
    static KnownCells knownCells(const table::Table& table, const CellComposition& composition,
                                 const CellComposition::KnownRange& knownRange = {});

    // Which cells get intervals: the hidden ones (suppression), or those and the ones published
    // as ranges too (rounding, where the totals may narrow a cell's range).
    enum class Targets
    {
        Hidden,
        HiddenAndRanges
    };

    // published: what each cell is known to be, nothing when suppressed: its value, or a range
    // where the table was rounded (a count published as 15 under rounding to 5 is 13 to 17).
    // upperBounds: what a marker such as "<5" tells of a suppressed cell. threads: at least 1.
    // links: pairs of cells that are one number though composed differently (the same total in
    // two tables over the same people, combined with CellComposition::combine).
    static AuditResult audit(const CellComposition& composition,
                             const QList<std::optional<CellInterval>>& published,
                             const QList<std::optional<double>>& upperBounds, int threads = 2,
                             Targets targets = Targets::Hidden,
                             const QList<std::pair<qsizetype, qsizetype>>& links = {});
};

} // namespace egress::protect
