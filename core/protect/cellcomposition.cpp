#include "cellcomposition.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace egress::protect {
namespace {

bool isAdditive(table::ColumnRole role)
{
    return role == table::ColumnRole::Count || role == table::ColumnRole::Sum;
}

// A cell's labels over every dimension: row labels, then column labels. In a magnitude table
// the last column level names the statistic, which is never summed over.
struct Key
{
    QStringList labels;
    int fixedTail = 0; // trailing labels that must match exactly
};

} // namespace

CellComposition CellComposition::of(const table::Table& table, const KnownRange& knownRange)
{
    const bool statisticLevel = table.kind() == table::OutputKind::Magnitude;
    QList<qsizetype> cells;
    QList<Key> keys;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (qsizetype column = 0; column < table.columnCount(); ++column) {
            if (!isAdditive(table.columnRole(column)))
                continue;
            cells.append(row * table.columnCount() + column);
            keys.append({table.rowLabel(row) + table.columnLabel(column), statisticLevel ? 1 : 0});
        }
    }

    // The margin label each position uses ("Total" in one dimension, "All" in another).
    qsizetype positions = 0;
    for (const Key& key : keys)
        positions = std::max(positions, key.labels.size());
    QList<QString> marginLabel(positions);
    for (const Key& key : keys) {
        for (qsizetype k = 0; k + key.fixedTail < key.labels.size(); ++k) {
            if (table::Table::isMarginLabel(key.labels.at(k)) && marginLabel[k].isEmpty())
                marginLabel[k] = key.labels.at(k);
        }
    }
    const auto isMargin = [](const Key& key) {
        for (qsizetype k = 0; k + key.fixedTail < key.labels.size(); ++k) {
            if (table::Table::isMarginLabel(key.labels.at(k)))
                return true;
        }
        return false;
    };

    QHash<QStringList, qsizetype> byLabels;
    for (qsizetype k = 0; k < keys.size(); ++k)
        byLabels.insert(keys.at(k).labels, k);

    CellComposition result;
    result.m_cells = cells;
    QList<qsizetype>& cellOfVariable = result.m_variableCells;
    result.m_terms.resize(cells.size());
    // Each inner cell is a variable, and a term of every margin above it: the cells that put
    // margin labels in place of some of its summable labels.
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const Key& key = keys.at(k);
        if (isMargin(key))
            continue;
        const int variable = result.m_variables++;
        cellOfVariable.append(k);
        result.m_terms[k].append(variable);
        QList<qsizetype> summable;
        for (qsizetype p = 0; p + key.fixedTail < key.labels.size(); ++p) {
            if (!marginLabel.at(p).isEmpty())
                summable.append(p);
        }
        if (summable.size() > 20)
            continue; // more dimensions than any table has: no margins to find
        for (quint32 subset = 1; subset < (1U << summable.size()); ++subset) {
            QStringList ancestor = key.labels;
            for (qsizetype bit = 0; bit < summable.size(); ++bit) {
                if ((subset >> bit & 1U) != 0)
                    ancestor[summable.at(bit)] = marginLabel.at(summable.at(bit));
            }
            const auto found = byLabels.constFind(ancestor);
            if (found != byLabels.cend())
                result.m_terms[*found].append(variable);
        }
    }

    // A margin is a relation only if it holds where it can be seen to.
    for (qsizetype k = 0; k < keys.size(); ++k) {
        if (!isMargin(keys.at(k)))
            continue;
        QList<int>& terms = result.m_terms[k];
        const table::Cell& margin
            = table.cell(cells.at(k) / table.columnCount(), cells.at(k) % table.columnCount());
        bool holds = !terms.isEmpty();
        const auto rangeOf = [&](qsizetype j, double value) {
            return knownRange ? knownRange(cells.at(j) / table.columnCount(),
                                           cells.at(j) % table.columnCount(), value)
                              : std::pair {value, value};
        };
        if (holds && margin.value) {
            double low = 0;
            double high = 0;
            bool allKnown = true;
            for (const int variable : terms) {
                const qsizetype j = cellOfVariable.at(variable);
                const table::Cell& inner = table.cell(cells.at(j) / table.columnCount(),
                                                      cells.at(j) % table.columnCount());
                allKnown = allKnown && inner.value.has_value();
                const auto [lower, upper] = rangeOf(j, inner.value.value_or(0));
                low += lower;
                high += upper;
            }
            const auto [marginLow, marginHigh] = rangeOf(k, *margin.value);
            const double slack = 1e-9 * std::max(1.0, std::abs(high));
            holds = !allKnown || (low <= marginHigh + slack && marginLow <= high + slack);
        }
        if (!holds) {
            terms = {result.m_variables++};
            cellOfVariable.append(k);
        }
        std::sort(terms.begin(), terms.end());
    }
    for (const qsizetype k : std::as_const(cellOfVariable)) {
        const qsizetype column = cells.at(k) % table.columnCount();
        result.m_countVariables.append(table.columnRole(column) == table::ColumnRole::Count);
    }
    return result;
}

CellComposition CellComposition::combine(const QList<CellComposition>& parts,
                                         const QList<qsizetype>& offsets)
{
    CellComposition result;
    for (qsizetype p = 0; p < parts.size(); ++p) {
        const CellComposition& part = parts.at(p);
        const int variableOffset = result.m_variables;
        const qsizetype cellOffset = result.m_cells.size();
        for (qsizetype k = 0; k < part.m_cells.size(); ++k) {
            result.m_cells.append(offsets.at(p) + part.m_cells.at(k));
            QList<int> terms;
            for (const int term : part.m_terms.at(k))
                terms.append(term + variableOffset);
            result.m_terms.append(terms);
        }
        for (const qsizetype cell : part.m_variableCells)
            result.m_variableCells.append(cellOffset + cell);
        result.m_countVariables.append(part.m_countVariables);
        result.m_variables += part.m_variables;
    }
    return result;
}

} // namespace egress::protect
