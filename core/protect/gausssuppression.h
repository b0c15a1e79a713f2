#pragma once

#include "cellcomposition.h"

#include <QList>

namespace egress::protect {

// Secondary suppression by Gaussian elimination (Langsrud 2024): the cells a table may publish
// are taken one at a time, most wanted first; a cell is published unless publishing it would make
// a primary cell a linear combination of published cells, in which case it is suppressed too.
//
// The test is exact. Vectors over the inner cells are reduced in the field of integers modulo the
// prime 2^61 − 1, where the 0/1 relations of a table have the same dependencies as over the
// rationals unless a coefficient were a multiple of that prime; such a coincidence could only make
// a cell look derivable that is not, which suppresses more, never less.
//
// Counts are not negative, so zeros tell more than their sums. A published zero says every cell
// inside it is 0: its inner cells are added one by one. And a published cell whose unknown inner
// cells are all zeros (they add up to what the published ones leave, 0) discloses each of them:
// such a cell is not published while a primary zero is among them. (Combinations of several
// relations that pin zeros are the LP audit's to find.)
//
// A singleton primary's one contributor knows its value: no other primary may become derivable
// from the published cells and that value. With both residuals reduced by what is published,
// that happens exactly when the other's residual is a multiple of the singleton's.
class GaussSuppression
{
public:
    struct Cell
    {
        bool primary = false;
        bool zero = false; // its published value would be 0
        // One contributor: that person knows the cell's value, and may subtract it.
        bool singleton = false;
        double preference = 0; // to publish: larger first
    };

    // cells: one per composition cell, in the same order. Returns which are suppressed (the
    // primaries and the secondaries). Ties of preference go to the earlier cell, so the same
    // table always gives the same answer.
    // links: pairs of cells that are one number in two linked tables (CellComposition::combine):
    // publishing either publishes both.
    static QList<bool> suppress(const CellComposition& composition, const QList<Cell>& cells,
                                const QList<std::pair<qsizetype, qsizetype>>& links = {});
};

} // namespace egress::protect
