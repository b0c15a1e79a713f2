#include "suppressionprotector.h"

#include "cellcomposition.h"
#include "gausssuppression.h"

#include <QHash>

#include <stdexcept>

namespace egress::protect {
namespace {

// A magnitude table's category, the statistic heading dropped: {"Residential", "mean"} → and
// {"Residential", "n"} → {"Residential"}.
table::LabelPath categoryOf(const table::Table& table, qsizetype column)
{
    table::LabelPath path = table.columnLabel(column);
    if (table.kind() == table::OutputKind::Magnitude && path.size() > 1)
        path.removeLast();
    return path;
}

table::Table withSuppressed(const table::Table& table, const QList<bool>& suppressed,
                            qsizetype offset)
{
    QList<table::Cell> cells;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (qsizetype column = 0; column < table.columnCount(); ++column) {
            const bool hidden = suppressed.at(offset + row * table.columnCount() + column);
            cells.append(hidden ? table::Cell {std::nullopt, QStringLiteral("*"), std::nullopt}
                                : table.cell(row, column));
        }
    }
    return table.withCells(std::move(cells));
}

// Rounds of audit and added suppression before the protector settles for what it has.
constexpr int kMaxAuditRounds = 20;

// The tables' cells in one index space: table t's cell c is offsets[t] + c.
class CellSpace
{
public:
    explicit CellSpace(const QList<table::Table>& tables)
        : m_tables(tables)
    {
        for (const table::Table& table : tables) {
            m_offsets.append(m_size);
            m_size += table.rowCount() * table.columnCount();
        }
    }

    qsizetype size() const { return m_size; }
    const QList<qsizetype>& offsets() const { return m_offsets; }
    qsizetype tableOf(qsizetype cell) const
    {
        qsizetype t = 0;
        while (t + 1 < m_offsets.size() && m_offsets.at(t + 1) <= cell)
            ++t;
        return t;
    }
    qsizetype local(qsizetype cell) const { return cell - m_offsets.at(tableOf(cell)); }
    const table::Table& table(qsizetype cell) const { return m_tables.at(tableOf(cell)); }
    const table::Cell& cellAt(qsizetype cell) const
    {
        const table::Table& t = table(cell);
        const qsizetype k = local(cell);
        return t.cell(k / t.columnCount(), k % t.columnCount());
    }
    qsizetype column(qsizetype cell) const { return local(cell) % table(cell).columnCount(); }

private:
    const QList<table::Table>& m_tables;
    QList<qsizetype> m_offsets;
    qsizetype m_size = 0;
};

} // namespace

QString toString(SuppressionKind kind)
{
    return kind == SuppressionKind::Primary ? QStringLiteral("primary")
                                            : QStringLiteral("secondary");
}

Protection SuppressionProtector::protect(const table::Table& table,
                                         const QList<rules::Finding>& findings, int threads,
                                         double minimumWidth,
                                         const CellComposition::KnownRange& knownRange)
{
    return protectLinked({table}, {findings}, threads, minimumWidth, {knownRange}).constFirst();
}

QList<Protection> SuppressionProtector::protectLinked(
    const QList<table::Table>& tables, const QList<QList<rules::Finding>>& findings, int threads,
    double minimumWidth, const QList<CellComposition::KnownRange>& knownRanges)
{
    if (findings.size() != tables.size()
        || (!knownRanges.isEmpty() && knownRanges.size() != tables.size()))
        throw std::invalid_argument("SuppressionProtector: one list entry per table");
    const CellSpace space(tables);
    const qsizetype cellCount = space.size();
    const auto rangeOf = [&](qsizetype t) {
        return knownRanges.isEmpty() ? CellComposition::KnownRange {} : knownRanges.at(t);
    };

    QList<QStringList> failedRules(cellCount);
    for (qsizetype t = 0; t < tables.size(); ++t) {
        for (const rules::Finding& finding : findings.at(t)) {
            // An unrounded count is fixed by rounding it, not by hiding it.
            if (finding.status != rules::Status::Fail || !finding.cell
                || finding.rule == QLatin1String("rounding"))
                continue;
            QStringList& rules
                = failedRules[space.offsets().at(t) + finding.cell->row * tables.at(t).columnCount()
                              + finding.cell->column];
            if (!rules.contains(finding.rule))
                rules.append(finding.rule);
        }
    }
    QList<bool> primary(cellCount);
    for (qsizetype g = 0; g < cellCount; ++g)
        primary[g] = !failedRules.at(g).isEmpty() && space.cellAt(g).value;

    // The relations of every table side by side, and the cells that are one number.
    QList<CellComposition> parts;
    for (qsizetype t = 0; t < tables.size(); ++t)
        parts.append(CellComposition::of(tables.at(t), rangeOf(t)));
    const CellComposition composition = CellComposition::combine(parts, space.offsets());
    QList<std::pair<qsizetype, qsizetype>> links;
    if (tables.size() > 1) {
        QHash<std::pair<QStringList, std::pair<table::LabelPath, table::LabelPath>>, qsizetype>
            seen;
        for (qsizetype j = 0; j < composition.cells().size(); ++j) {
            const qsizetype g = composition.cells().at(j);
            const table::Table& t = space.table(g);
            const qsizetype k = space.local(g);
            const auto key = std::pair {
                t.rowDimensions(),
                std::pair {t.rowLabel(k / t.columnCount()), t.columnLabel(k % t.columnCount())}};
            const auto found = seen.constFind(key);
            if (found == seen.cend())
                seen.insert(key, j);
            else if (space.tableOf(composition.cells().at(*found)) != space.tableOf(g))
                links.append({*found, j});
        }
    }
    // One number is hidden in every table or in none.
    for (const auto& [a, b] : links) {
        const qsizetype ga = composition.cells().at(a);
        const qsizetype gb = composition.cells().at(b);
        const bool either = primary.at(ga) || primary.at(gb);
        primary[ga] = primary.at(ga) || (either && space.cellAt(ga).value);
        primary[gb] = primary.at(gb) || (either && space.cellAt(gb).value);
    }

    // Which totals hold each variable: where to look for a cell that would widen an interval.
    QList<QList<qsizetype>> totalsOf(composition.variableCount());
    for (qsizetype j = 0; j < composition.cells().size(); ++j) {
        if (composition.terms().at(j).size() > 1) {
            for (const int term : composition.terms().at(j))
                totalsOf[term].append(j);
        }
    }

    // A category's statistics stand or fall together: a mean beside a hidden n would give it away
    // through the sum, and a hidden mean beside its n and sum would be no secret. So the count and
    // sum of a failing mean are protected as primaries too, and whatever secondary suppression
    // hides takes its category's other statistics with it.
    const auto hideCategories = [&](QList<bool>& cells) {
        for (qsizetype t = 0; t < tables.size(); ++t) {
            const table::Table& table = tables.at(t);
            if (table.kind() != table::OutputKind::Magnitude)
                continue;
            const qsizetype columns = table.columnCount();
            const qsizetype offset = space.offsets().at(t);
            for (qsizetype row = 0; row < table.rowCount(); ++row) {
                QHash<table::LabelPath, bool> hidden;
                for (qsizetype column = 0; column < columns; ++column) {
                    if (cells.at(offset + row * columns + column))
                        hidden.insert(categoryOf(table, column), true);
                }
                for (qsizetype column = 0; column < columns; ++column) {
                    if (hidden.contains(categoryOf(table, column)))
                        cells[offset + row * columns + column] = true;
                }
            }
        }
    };

    QList<bool> forced(cellCount, false); // secondaries the audit asked for
    QList<bool> suppressed;
    QList<std::optional<CellInterval>> published;
    AuditResult audit;
    for (int round = 0; round < kMaxAuditRounds; ++round) {
        QList<bool> protectedCells = primary;
        for (qsizetype g = 0; g < cellCount; ++g)
            protectedCells[g] = protectedCells.at(g) || forced.at(g);
        hideCategories(protectedCells);

        // Secondary suppression over the cells that add up.
        QList<GaussSuppression::Cell> gaussCells;
        for (const qsizetype g : composition.cells()) {
            const std::optional<double> value = space.cellAt(g).value;
            // A cell published suppressed already is treated as one to protect: its value is
            // unknown, and the margins must not give it away. A count of 1 is one person, who
            // knows it.
            const bool singleton = value == 1.0
                && space.table(g).columnRole(space.column(g)) == table::ColumnRole::Count;
            gaussCells.append({protectedCells.at(g) || !value, value.value_or(-1) == 0, singleton,
                               value.value_or(0)});
        }
        const QList<bool> gauss = GaussSuppression::suppress(composition, gaussCells, links);
        suppressed = protectedCells;
        for (qsizetype j = 0; j < composition.cells().size(); ++j) {
            const qsizetype g = composition.cells().at(j);
            suppressed[g] = suppressed.at(g) || gauss.at(j);
        }
        hideCategories(suppressed);

        // The audit of the published result.
        published.clear();
        QList<std::optional<double>> bounds;
        for (const qsizetype g : composition.cells()) {
            const table::Cell& cell = space.cellAt(g);
            bounds.append(cell.upperBound);
            if (suppressed.at(g) || !cell.value) {
                published.append(std::nullopt);
                continue;
            }
            const qsizetype t = space.tableOf(g);
            const auto [lower, upper] = rangeOf(t)
                ? rangeOf(t)(space.local(g) / tables.at(t).columnCount(), space.column(g),
                             *cell.value)
                : std::pair {*cell.value, *cell.value};
            published.append(CellInterval {lower, upper});
        }
        audit = IntervalAudit::audit(composition, published, bounds, threads,
                                     IntervalAudit::Targets::Hidden, links);
        if (minimumWidth <= 0 || !audit.feasible || !audit.audited)
            break;

        // A hidden cell the totals pin closer than minimumWidth: hide the smallest published cell
        // among the totals that hold it and their parts, so that they no longer pin it, and go
        // again.
        bool added = false;
        for (qsizetype j = 0; j < composition.cells().size(); ++j) {
            const CellInterval& interval = audit.intervals.at(j);
            if (published.at(j) || interval.upper - interval.lower >= minimumWidth)
                continue;
            const QList<int>& terms = composition.terms().at(j);
            std::optional<qsizetype> best;
            double bestValue = 0;
            const auto consider = [&](qsizetype candidate) {
                const qsizetype g = composition.cells().at(candidate);
                if (!published.at(candidate) || forced.at(g))
                    return;
                const double value = published.at(candidate)->lower;
                if (!best || value < bestValue) {
                    best = g;
                    bestValue = value;
                }
            };
            for (const qsizetype total : totalsOf.at(terms.constFirst())) {
                if (total == j)
                    continue;
                consider(total); // the total itself
                for (const int term : composition.terms().at(total)) {
                    if (!terms.contains(term))
                        consider(composition.variableCells().at(term));
                }
            }
            if (best) {
                forced[*best] = true;
                added = true;
            }
        }
        if (!added)
            break;
    }

    QHash<qsizetype, CellInterval> intervals;
    for (qsizetype j = 0; j < composition.cells().size(); ++j)
        intervals.insert(composition.cells().at(j), audit.intervals.at(j));
    QList<Protection> protections;
    for (qsizetype t = 0; t < tables.size(); ++t) {
        Protection protection;
        protection.table = withSuppressed(tables.at(t), suppressed, space.offsets().at(t));
        protection.auditFeasible = audit.feasible;
        protection.audited = audit.audited;
        const qsizetype columns = tables.at(t).columnCount();
        const qsizetype offset = space.offsets().at(t);
        for (qsizetype k = 0; k < tables.at(t).rowCount() * columns; ++k) {
            const qsizetype g = offset + k;
            if (!suppressed.at(g))
                continue;
            SuppressedCell cell;
            cell.row = k / columns;
            cell.column = k % columns;
            cell.kind = primary.at(g) ? SuppressionKind::Primary : SuppressionKind::Secondary;
            cell.value = tables.at(t).cell(cell.row, cell.column).value;
            cell.rules = failedRules.at(g);
            cell.interval = intervals.value(g, CellInterval {});
            protection.suppressed.append(cell);
        }
        protections.append(protection);
    }
    return protections;
}

} // namespace egress::protect
