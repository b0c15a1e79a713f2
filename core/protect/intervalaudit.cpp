#include "intervalaudit.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <glpk.h>
#include <map>
#include <memory>
#include <stdexcept>
#include <thread>
#include <vector>

namespace egress::protect {
namespace {

struct ProblemDeleter
{
    void operator()(glp_prob* problem) const { glp_delete_prob(problem); }
};
using Problem = std::unique_ptr<glp_prob, ProblemDeleter>;

// Counts and sums are published to a few decimals at most: what the simplex leaves beyond that
// is rounding noise, and an interval of [3, 3.0000000001] is exact.
double tidy(double value)
{
    const double rounded = std::round(value * 1e6) / 1e6;
    return rounded == 0 ? 0.0 : rounded; // no -0
}

// The problem the simplex sees, made small once for all the cells: a variable that a published
// cell states exactly (an inner cell published as 17) is a constant, not a column, so only the
// hidden inner cells are columns, and only the totals that hold one of them are rows. On a table
// with a sixth of its cells hidden that is a few thousand columns instead of twenty thousand.
struct Reduction
{
    std::vector<std::optional<double>> constant; // per variable, when a published cell fixes it
    std::vector<int> column; // per variable: its GLPK column (1-based), 0 when constant
    int columns = 0;
    struct Row
    {
        std::vector<int> columns;
        std::vector<double> coefficients; // +1, or −1 for the second side of a link
        double lower = 0;
        double upper = 0;
    };
    std::vector<Row> rows;
    bool contradiction = false; // a total whose parts are all known and do not add up to it
};

Reduction reduce(const CellComposition& composition,
                 const QList<std::optional<CellInterval>>& published,
                 const QList<std::pair<qsizetype, qsizetype>>& links)
{
    Reduction reduction;
    const std::size_t variables = std::size_t(composition.variableCount());
    reduction.constant.assign(variables, std::nullopt);
    reduction.column.assign(variables, 0);
    for (qsizetype k = 0; k < published.size(); ++k) {
        const QList<int>& terms = composition.terms().at(k);
        if (published.at(k) && terms.size() == 1 && published.at(k)->isExact())
            reduction.constant[std::size_t(terms.constFirst())] = published.at(k)->lower;
    }
    for (std::size_t v = 0; v < variables; ++v) {
        if (!reduction.constant[v])
            reduction.column[v] = ++reduction.columns;
    }
    for (qsizetype k = 0; k < published.size(); ++k) {
        const QList<int>& terms = composition.terms().at(k);
        if (!published.at(k) || (terms.size() == 1 && reduction.constant[std::size_t(terms.at(0))]))
            continue;
        Reduction::Row row;
        double known = 0;
        for (const int term : terms) {
            if (reduction.constant[std::size_t(term)])
                known += *reduction.constant[std::size_t(term)];
            else
                row.columns.push_back(reduction.column[std::size_t(term)]);
        }
        row.coefficients.assign(row.columns.size(), 1.0);
        row.lower = published.at(k)->lower - known;
        row.upper = published.at(k)->upper - known;
        if (row.columns.empty()) {
            const double slack = 1e-9 * std::max(1.0, std::abs(known));
            reduction.contradiction
                = reduction.contradiction || row.lower > slack || row.upper < -slack;
            continue;
        }
        reduction.rows.push_back(std::move(row));
    }
    // Two cells that are one number (the same total in two tables): their sums are equal.
    for (const auto& [first, second] : links) {
        std::map<int, double> coefficients;
        double known = 0; // first's known parts minus second's
        for (const auto& [cell, sign] : {std::pair {first, 1.0}, std::pair {second, -1.0}}) {
            for (const int term : composition.terms().at(cell)) {
                if (reduction.constant[std::size_t(term)])
                    known += sign * *reduction.constant[std::size_t(term)];
                else
                    coefficients[reduction.column[std::size_t(term)]] += sign;
            }
        }
        Reduction::Row row;
        for (const auto& [column, coefficient] : coefficients) {
            if (coefficient != 0) {
                row.columns.push_back(column);
                row.coefficients.push_back(coefficient);
            }
        }
        row.lower = row.upper = -known;
        if (row.columns.empty()) {
            reduction.contradiction = reduction.contradiction || std::abs(known) > 1e-9;
            continue;
        }
        reduction.rows.push_back(std::move(row));
    }
    return reduction;
}

// One problem: a row per total that holds a hidden cell, fixed at what its known parts leave (or
// within a range); a column per hidden variable, at least 0 for counts.
Problem buildProblem(const CellComposition& composition, const Reduction& reduction,
                     const QList<std::optional<CellInterval>>& published,
                     const QList<std::optional<double>>& upperBounds)
{
    Problem problem(glp_create_prob());
    glp_prob* lp = problem.get();
    glp_add_cols(lp, reduction.columns);
    for (std::size_t v = 0; v < reduction.column.size(); ++v) {
        const int column = reduction.column[v];
        if (column == 0)
            continue;
        // Counts are not negative; a sum of contributions may be.
        if (composition.isCount(int(v)))
            glp_set_col_bnds(lp, column, GLP_LO, 0.0, 0.0);
        else
            glp_set_col_bnds(lp, column, GLP_FR, 0.0, 0.0);
    }
    for (qsizetype k = 0; k < published.size(); ++k) {
        const QList<int>& terms = composition.terms().at(k);
        if (terms.size() != 1 || reduction.column[std::size_t(terms.at(0))] == 0)
            continue;
        const int column = reduction.column[std::size_t(terms.at(0))];
        const bool count = composition.isCount(terms.at(0));
        if (published.at(k)) {
            // A cell published as a range (rounded) bounds its variable.
            glp_set_col_bnds(lp, column, GLP_DB, published.at(k)->lower, published.at(k)->upper);
        } else if (upperBounds.at(k)) {
            // What a marker such as "<5" tells.
            if (count && *upperBounds.at(k) <= 0)
                glp_set_col_bnds(lp, column, GLP_FX, 0.0, 0.0); // "<0" leaves only 0 (or nothing)
            else if (count)
                glp_set_col_bnds(lp, column, GLP_DB, 0.0, *upperBounds.at(k));
            else
                glp_set_col_bnds(lp, column, GLP_UP, 0.0, *upperBounds.at(k));
        }
    }
    std::vector<int> rowIndex {0};
    std::vector<int> columnIndex {0};
    std::vector<double> coefficients {0.0};
    // GLPK takes no problem without rows: one that says nothing stands in.
    glp_add_rows(lp, std::max(1, int(reduction.rows.size())));
    if (reduction.rows.empty())
        glp_set_row_bnds(lp, 1, GLP_FR, 0.0, 0.0);
    for (std::size_t r = 0; r < reduction.rows.size(); ++r) {
        const Reduction::Row& row = reduction.rows[r];
        const int index = int(r) + 1;
        if (row.upper - row.lower <= 1e-9 * std::max(1.0, std::abs(row.upper)))
            glp_set_row_bnds(lp, index, GLP_FX, row.lower, row.lower);
        else
            glp_set_row_bnds(lp, index, GLP_DB, row.lower, row.upper);
        for (std::size_t c = 0; c < row.columns.size(); ++c) {
            rowIndex.push_back(index);
            columnIndex.push_back(row.columns[c]);
            coefficients.push_back(row.coefficients[c]);
        }
    }
    glp_load_matrix(lp, int(coefficients.size() - 1), rowIndex.data(), columnIndex.data(),
                    coefficients.data());
    return problem;
}

enum class Outcome
{
    Bounded,
    Unbounded,
    Infeasible
};

Outcome optimise(glp_prob* lp, int direction, double& value)
{
    glp_smcp parameters;
    glp_init_smcp(&parameters);
    parameters.msg_lev = GLP_MSG_OFF;
    parameters.presolve = GLP_OFF; // keeps the basis, so that the next objective starts from it
    glp_set_obj_dir(lp, direction);
    if (glp_simplex(lp, &parameters) != 0) {
        // A singular or ill-conditioned basis: start again from a fresh one.
        glp_adv_basis(lp, 0);
        if (glp_simplex(lp, &parameters) != 0)
            throw std::runtime_error("IntervalAudit: the simplex method failed");
    }
    switch (glp_get_status(lp)) {
    case GLP_OPT:
        value = glp_get_obj_val(lp);
        return Outcome::Bounded;
    case GLP_UNBND:
        return Outcome::Unbounded;
    default:
        return Outcome::Infeasible;
    }
}

} // namespace

KnownCells IntervalAudit::knownCells(const table::Table& table, const CellComposition& composition,
                                     const CellComposition::KnownRange& knownRange)
{
    KnownCells known;
    const qsizetype columns = table.columnCount();
    for (const qsizetype k : composition.cells()) {
        const table::Cell& cell = table.cell(k / columns, k % columns);
        known.upperBounds.append(cell.upperBound);
        if (!cell.value) {
            known.values.append(std::nullopt);
            continue;
        }
        const auto [lower, upper] = knownRange ? knownRange(k / columns, k % columns, *cell.value)
                                               : std::pair {*cell.value, *cell.value};
        known.values.append(CellInterval {lower, upper});
    }
    return known;
}

AuditResult IntervalAudit::audit(const CellComposition& composition,
                                 const QList<std::optional<CellInterval>>& published,
                                 const QList<std::optional<double>>& upperBounds, int threads,
                                 Targets targets,
                                 const QList<std::pair<qsizetype, qsizetype>>& links)
{
    const qsizetype count = composition.cells().size();
    if (published.size() != count || upperBounds.size() != count)
        throw std::invalid_argument("IntervalAudit: one value and one bound per composition cell");
    AuditResult result;
    result.intervals.resize(count);
    // The cells to solve for: the hidden ones, and those published as a range (rounded), which
    // the totals may narrow.
    std::vector<qsizetype> hidden;
    for (qsizetype k = 0; k < count; ++k) {
        if (published.at(k))
            result.intervals[k] = *published.at(k);
        if (!published.at(k)
            || (targets == Targets::HiddenAndRanges && !published.at(k)->isExact()))
            hidden.push_back(k);
    }
    if (hidden.empty())
        return result;
    constexpr double kLargest = 1e12;
    for (const auto& value : published) {
        if (value && !(std::abs(value->lower) <= kLargest && std::abs(value->upper) <= kLargest)) {
            result.audited = false;
            return result;
        }
    }
    for (const auto& bound : upperBounds) {
        if (bound && !(std::abs(*bound) <= kLargest)) {
            result.audited = false;
            return result;
        }
    }
    const Reduction reduction = reduce(composition, published, links);
    if (reduction.contradiction) {
        result.feasible = false;
        return result;
    }
    if (reduction.columns == 0) {
        // Every inner cell is published: each hidden total is the sum of known parts. (GLPK
        // aborts the process on a problem without columns, so it must never see one.)
        for (const qsizetype k : hidden) {
            double sum = 0;
            for (const int term : composition.terms().at(k))
                sum += *reduction.constant[std::size_t(term)];
            result.intervals[k] = {tidy(sum), tidy(sum)};
        }
        return result;
    }
    std::atomic<bool> infeasible = false;
    std::atomic<bool> failed = false;
    const auto work = [&](std::size_t first, std::size_t step) {
        glp_term_out(GLP_OFF);
        try {
            const Problem problem = buildProblem(composition, reduction, published, upperBounds);
            glp_prob* lp = problem.get();
            for (std::size_t h = first; h < hidden.size() && !infeasible; h += step) {
                const qsizetype k = hidden[h];
                std::vector<int> columns;
                double offset = 0; // the cell's known parts
                for (const int term : composition.terms().at(k)) {
                    if (reduction.constant[std::size_t(term)])
                        offset += *reduction.constant[std::size_t(term)];
                    else
                        columns.push_back(reduction.column[std::size_t(term)]);
                }
                for (const int column : columns)
                    glp_set_obj_coef(lp, column, 1.0);
                CellInterval interval;
                double value = 0;
                const Outcome lowest = optimise(lp, GLP_MIN, value);
                if (lowest == Outcome::Infeasible) {
                    infeasible = true;
                    break;
                }
                interval.lower = lowest == Outcome::Bounded
                    ? tidy(offset + value)
                    : -std::numeric_limits<double>::infinity();
                if (optimise(lp, GLP_MAX, value) == Outcome::Bounded)
                    interval.upper = tidy(offset + value);
                for (const int column : columns)
                    glp_set_obj_coef(lp, column, 0.0);
                result.intervals[k] = interval;
            }
        } catch (const std::exception&) {
            failed = true;
        }
        glp_free_env();
    };

    const std::size_t workers
        = std::size_t(std::max(1, std::min<int>(threads, int(hidden.size()))));
    std::vector<std::thread> pool;
    for (std::size_t w = 1; w < workers; ++w)
        pool.emplace_back(work, w, workers);
    work(0, workers);
    for (std::thread& thread : pool)
        thread.join();
    if (failed)
        throw std::runtime_error("IntervalAudit: the simplex method failed");
    result.feasible = !infeasible;
    return result;
}

} // namespace egress::protect
