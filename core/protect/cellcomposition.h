#pragma once

#include "table/table.h"

#include <QList>

#include <functional>
#include <utility>

namespace egress::protect {

// Which cells of a table are sums of which others: every additive cell (a count, or a sum) is
// written as the set of inner cells it adds up, an inner cell being one with no margin label
// ("Total", "All") in any dimension. A margin is the sum of the inner cells that agree with it on
// every dimension where it is not a margin, so nested hierarchies (area within group) and
// margins of several dimensions come out of one rule. This is the 0/1 relation matrix of
// secondary suppression, column by column.
//
// A margin whose inner cells are all published and do not add up to it (the table does not list
// every child, or a margin was rounded on its own) is no relation: it becomes a variable of its
// own, so that no cell is claimed derivable through an equation that does not hold.
class CellComposition
{
public:
    // What a published value tells of the true one, for a table whose counts were rounded: the
    // range it stands for (see RoundingProtector::preimage). Without one, values are exact.
    using KnownRange
        = std::function<std::pair<double, double>(qsizetype row, qsizetype column, double value)>;

    // A margin holds when its published value and the sum of its published parts can be equal:
    // exactly, or within the ranges knownRange gives.
    static CellComposition of(const table::Table& table, const KnownRange& knownRange = {});
    // Several tables' compositions side by side, their variables kept apart: table t's cell c
    // becomes cells() entry offsets[t] + c. For an audit of linked tables.
    static CellComposition combine(const QList<CellComposition>& parts,
                                   const QList<qsizetype>& offsets);

    // The table cells (row × columnCount + column) that take part, in table order.
    const QList<qsizetype>& cells() const { return m_cells; }
    // For cells()[k], the variables it adds up, ascending.
    const QList<QList<int>>& terms() const { return m_terms; }
    int variableCount() const { return m_variables; }
    // For each variable, the index into cells() of the cell it is.
    const QList<qsizetype>& variableCells() const { return m_variableCells; }
    // Whether a variable is a count, which cannot be negative (a sum can).
    bool isCount(int variable) const { return m_countVariables.at(variable); }

private:
    QList<qsizetype> m_variableCells;
    QList<bool> m_countVariables;
    QList<qsizetype> m_cells;
    QList<QList<int>> m_terms;
    int m_variables = 0;
};

} // namespace egress::protect
