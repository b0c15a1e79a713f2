#include "suppressionprotector.h"

#include "cellcomposition.h"
#include "gausssuppression.h"

#include <QHash>

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

table::Table withSuppressed(const table::Table& table, const QList<bool>& suppressed)
{
    QList<table::Cell> cells;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (qsizetype column = 0; column < table.columnCount(); ++column) {
            const bool hidden = suppressed.at(row * table.columnCount() + column);
            cells.append(hidden ? table::Cell {std::nullopt, QStringLiteral("*"), std::nullopt}
                                : table.cell(row, column));
        }
    }
    return table.withCells(std::move(cells));
}

// Rounds of audit and added suppression before the protector settles for what it has.
constexpr int kMaxAuditRounds = 20;

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
    const qsizetype columns = table.columnCount();
    const qsizetype cellCount = table.rowCount() * columns;
    QList<QStringList> failedRules(cellCount);
    for (const rules::Finding& finding : findings) {
        // An unrounded count is fixed by rounding it, not by hiding it.
        if (finding.status != rules::Status::Fail || !finding.cell
            || finding.rule == QLatin1String("rounding"))
            continue;
        QStringList& rules = failedRules[finding.cell->row * columns + finding.cell->column];
        if (!rules.contains(finding.rule))
            rules.append(finding.rule);
    }
    QList<bool> primary(cellCount);
    for (qsizetype k = 0; k < cellCount; ++k)
        primary[k] = !failedRules.at(k).isEmpty() && table.cell(k / columns, k % columns).value;

    // A category's statistics stand or fall together: a mean beside a hidden n would give it away
    // through the sum, and a hidden mean beside its n and sum would be no secret. So the count and
    // sum of a failing mean are protected as primaries too, and whatever secondary suppression
    // hides takes its category's other statistics with it.
    const auto hideCategories = [&table, columns](QList<bool>& cells) {
        if (table.kind() != table::OutputKind::Magnitude)
            return;
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            QHash<table::LabelPath, bool> hidden;
            for (qsizetype column = 0; column < columns; ++column) {
                if (cells.at(row * columns + column))
                    hidden.insert(categoryOf(table, column), true);
            }
            for (qsizetype column = 0; column < columns; ++column) {
                if (hidden.contains(categoryOf(table, column)))
                    cells[row * columns + column] = true;
            }
        }
    };
    const CellComposition composition = CellComposition::of(table, knownRange);
    // Which totals hold each variable: where to look for a cell that would widen an interval.
    QList<QList<qsizetype>> totalsOf(composition.variableCount());
    for (qsizetype j = 0; j < composition.cells().size(); ++j) {
        if (composition.terms().at(j).size() > 1) {
            for (const int term : composition.terms().at(j))
                totalsOf[term].append(j);
        }
    }

    QList<bool> forced(cellCount, false); // secondaries the audit asked for
    QList<bool> suppressed;
    Protection protection;
    AuditResult audit;
    for (int round = 0; round < kMaxAuditRounds; ++round) {
        QList<bool> protectedCells = primary;
        for (qsizetype k = 0; k < cellCount; ++k)
            protectedCells[k] = protectedCells.at(k) || forced.at(k);
        hideCategories(protectedCells);

        // Secondary suppression over the cells that add up.
        QList<GaussSuppression::Cell> gaussCells;
        for (const qsizetype k : composition.cells()) {
            const std::optional<double> value = table.cell(k / columns, k % columns).value;
            // A cell published suppressed already is treated as one to protect: its value is
            // unknown, and the margins must not give it away. A count of 1 is one person, who
            // knows it.
            const bool singleton
                = value == 1.0 && table.columnRole(k % columns) == table::ColumnRole::Count;
            gaussCells.append({protectedCells.at(k) || !value, value.value_or(-1) == 0, singleton,
                               value.value_or(0)});
        }
        const QList<bool> gauss = GaussSuppression::suppress(composition, gaussCells);
        suppressed = protectedCells;
        for (qsizetype j = 0; j < composition.cells().size(); ++j) {
            const qsizetype k = composition.cells().at(j);
            suppressed[k] = suppressed.at(k) || gauss.at(j);
        }
        hideCategories(suppressed);
        protection.table = withSuppressed(table, suppressed);

        // The audit of the published result.
        QList<std::optional<CellInterval>> published;
        QList<std::optional<double>> bounds;
        for (const qsizetype k : composition.cells()) {
            const table::Cell& cell = protection.table.cell(k / columns, k % columns);
            if (!cell.value) {
                published.append(std::nullopt);
            } else {
                const auto [lower, upper] = knownRange
                    ? knownRange(k / columns, k % columns, *cell.value)
                    : std::pair {*cell.value, *cell.value};
                published.append(CellInterval {lower, upper});
            }
            bounds.append(table.cell(k / columns, k % columns).upperBound);
        }
        audit = IntervalAudit::audit(composition, published, bounds, threads);
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
                const qsizetype k = composition.cells().at(candidate);
                if (!published.at(candidate) || forced.at(k))
                    return;
                const double value = published.at(candidate)->lower;
                if (!best || value < bestValue) {
                    best = k;
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
    protection.auditFeasible = audit.feasible;
    protection.audited = audit.audited;
    QHash<qsizetype, CellInterval> intervals;
    for (qsizetype j = 0; j < composition.cells().size(); ++j)
        intervals.insert(composition.cells().at(j), audit.intervals.at(j));

    for (qsizetype k = 0; k < cellCount; ++k) {
        if (!suppressed.at(k))
            continue;
        SuppressedCell cell;
        cell.row = k / columns;
        cell.column = k % columns;
        cell.kind = primary.at(k) ? SuppressionKind::Primary : SuppressionKind::Secondary;
        cell.value = table.cell(cell.row, cell.column).value;
        cell.rules = failedRules.at(k);
        cell.interval = intervals.value(k, CellInterval {});
        protection.suppressed.append(cell);
    }
    return protection;
}

} // namespace egress::protect
