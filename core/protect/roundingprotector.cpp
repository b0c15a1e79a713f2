#include "roundingprotector.h"

#include "cellcomposition.h"

#include <QHash>

#include <cmath>
#include <limits>

namespace egress::protect {
namespace {

bool isCount(const table::Table& table, qsizetype column)
{
    return table.columnRole(column) == table::ColumnRole::Count;
}

} // namespace

double RoundingProtector::roundedValue(double count, const RoundingMethod& method)
{
    if (method.midpointSix)
        return count == 0 ? 0 : std::ceil(count / 6) * 6 - 3;
    if (count <= method.above)
        return count;
    return std::floor(count / method.base + 0.5) * method.base;
}

CellInterval RoundingProtector::preimage(double published, const RoundingMethod& method)
{
    if (method.midpointSix) {
        // 3 stands for 1–6, 9 for 7–12: ceil(x/6)·6 − 3 = published.
        if (published == 0)
            return {0, 0};
        const double top = published + 3;
        return {top - 5, top};
    }
    // A count up to `above` is published as it is; a larger one x as v when, halves up,
    // v − b/2 ≤ x < v + b/2, that is for whole counts v − ⌊b/2⌋ to v + ⌈b/2⌉ − 1. A published
    // value may be either (NHS England: 10 is a 10, or an 11 or 12 rounded down), so what it
    // tells is the span of both.
    CellInterval interval {std::numeric_limits<double>::infinity(),
                           -std::numeric_limits<double>::infinity()};
    if (published <= method.above)
        interval = {published, published};
    const double low = std::max(published - std::floor(method.base / 2.0), method.above + 1.0);
    const double high = published + std::ceil(method.base / 2.0) - 1;
    if (std::fmod(published, method.base) == 0 && low <= high) {
        interval.lower = std::min(interval.lower, low);
        interval.upper = std::max(interval.upper, high);
    }
    if (interval.lower > interval.upper)
        return {published, published}; // no count publishes so: take it as it stands
    return interval;
}

Rounding RoundingProtector::round(const table::Table& table, const RoundingMethod& method,
                                  int threads)
{
    const qsizetype columns = table.columnCount();
    const CellComposition composition = CellComposition::of(table);
    QHash<qsizetype, qsizetype> positionOf; // table cell → composition index
    for (qsizetype j = 0; j < composition.cells().size(); ++j)
        positionOf.insert(composition.cells().at(j), j);

    QList<table::Cell> cells;
    QList<std::optional<double>> rounded(table.rowCount() * columns);
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (qsizetype column = 0; column < columns; ++column) {
            table::Cell cell = table.cell(row, column);
            if (cell.value && isCount(table, column)) {
                cell.value = roundedValue(*cell.value, method);
                cell.sourceText.clear();
                rounded[row * columns + column] = cell.value;
            }
            cells.append(cell);
        }
    }
    if (method.marginsSummed) {
        // A total is the sum of its rounded parts: sum the rounded inner cells it holds.
        for (qsizetype j = 0; j < composition.cells().size(); ++j) {
            const qsizetype k = composition.cells().at(j);
            const QList<int>& terms = composition.terms().at(j);
            if (!rounded.at(k) || terms.size() < 2)
                continue;
            double sum = 0;
            bool known = true;
            for (const int term : terms) {
                const qsizetype inner
                    = composition.cells().at(composition.variableCells().at(term));
                known = known && rounded.at(inner).has_value();
                sum += rounded.at(inner).value_or(0);
            }
            if (known) {
                cells[k].value = sum;
                rounded[k] = sum;
            }
        }
    }

    Rounding result;
    result.table = table.withCells(std::move(cells));

    // What each published count tells: its preimage; a summed total tells nothing of its own.
    QList<std::optional<CellInterval>> known;
    QList<std::optional<double>> bounds;
    for (qsizetype j = 0; j < composition.cells().size(); ++j) {
        const qsizetype k = composition.cells().at(j);
        const table::Cell& cell = result.table.cell(k / columns, k % columns);
        bounds.append(table.cell(k / columns, k % columns).upperBound);
        if (!cell.value) {
            known.append(std::nullopt);
        } else if (!isCount(table, k % columns)) {
            known.append(CellInterval {*cell.value, *cell.value});
        } else if (method.marginsSummed && composition.terms().at(j).size() > 1) {
            known.append(std::nullopt);
        } else {
            known.append(preimage(*cell.value, method));
        }
    }
    const AuditResult audit = IntervalAudit::audit(composition, known, bounds, threads,
                                                   IntervalAudit::Targets::HiddenAndRanges);
    result.audited = audit.audited;
    result.feasible = audit.feasible;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (qsizetype column = 0; column < columns; ++column) {
            const qsizetype k = row * columns + column;
            if (!rounded.at(k))
                continue;
            RoundedCell cell {row, column, *rounded.at(k), CellInterval {}};
            const auto position = positionOf.constFind(k);
            if (position != positionOf.cend())
                cell.interval = audit.intervals.at(*position);
            result.cells.append(cell);
        }
    }
    return result;
}

} // namespace egress::protect
