#include "intervalaudit.h"

#include <atomic>
#include <cmath>
#include <glpk.h>
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

// One problem: a row per published cell, fixed at its value (or within its range); a column per
// variable, at least 0.
Problem buildProblem(const CellComposition& composition,
                     const QList<std::optional<CellInterval>>& published,
                     const QList<std::optional<double>>& upperBounds)
{
    Problem problem(glp_create_prob());
    glp_prob* lp = problem.get();
    const int variables = composition.variableCount();
    glp_add_cols(lp, variables);
    for (int column = 1; column <= variables; ++column) {
        // Counts are not negative; a sum of contributions may be.
        if (composition.isCount(column - 1))
            glp_set_col_bnds(lp, column, GLP_LO, 0.0, 0.0);
        else
            glp_set_col_bnds(lp, column, GLP_FR, 0.0, 0.0);
    }
    std::vector<int> rowIndex {0};
    std::vector<int> columnIndex {0};
    std::vector<double> coefficients {0.0};
    int rows = 0;
    for (qsizetype k = 0; k < published.size(); ++k) {
        const QList<int>& terms = composition.terms().at(k);
        if (!published.at(k)) {
            // A bound known of a suppressed cell that is one variable bounds that variable.
            if (upperBounds.at(k) && terms.size() == 1) {
                const int column = terms.constFirst() + 1;
                if (composition.isCount(terms.constFirst()))
                    glp_set_col_bnds(lp, column, GLP_DB, 0.0, *upperBounds.at(k));
                else
                    glp_set_col_bnds(lp, column, GLP_UP, 0.0, *upperBounds.at(k));
            }
            continue;
        }
        ++rows;
        glp_add_rows(lp, 1);
        const CellInterval& known = *published.at(k);
        if (known.isExact())
            glp_set_row_bnds(lp, rows, GLP_FX, known.lower, known.lower);
        else
            glp_set_row_bnds(lp, rows, GLP_DB, known.lower, known.upper);
        for (const int term : terms) {
            rowIndex.push_back(rows);
            columnIndex.push_back(term + 1);
            coefficients.push_back(1.0);
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

AuditResult IntervalAudit::audit(const CellComposition& composition,
                                 const QList<std::optional<CellInterval>>& published,
                                 const QList<std::optional<double>>& upperBounds, int threads)
{
    const qsizetype count = composition.cells().size();
    if (published.size() != count || upperBounds.size() != count)
        throw std::invalid_argument("IntervalAudit: one value and one bound per composition cell");
    AuditResult result;
    result.intervals.resize(count);
    std::vector<qsizetype> hidden;
    for (qsizetype k = 0; k < count; ++k) {
        if (published.at(k))
            result.intervals[k] = *published.at(k);
        else
            hidden.push_back(k);
    }
    if (hidden.empty())
        return result;
    if (std::size_t(count) == hidden.size()) {
        // Nothing published: nothing relates the cells, and GLPK takes no problem without rows.
        for (const qsizetype k : hidden) {
            const bool oneVariable = composition.terms().at(k).size() == 1;
            result.intervals[k]
                = {0,
                   oneVariable && upperBounds.at(k) ? *upperBounds.at(k)
                                                    : std::numeric_limits<double>::infinity()};
        }
        return result;
    }

    std::atomic<bool> infeasible = false;
    std::atomic<bool> failed = false;
    const auto work = [&](std::size_t first, std::size_t step) {
        glp_term_out(GLP_OFF);
        try {
            const Problem problem = buildProblem(composition, published, upperBounds);
            glp_prob* lp = problem.get();
            for (std::size_t h = first; h < hidden.size() && !infeasible; h += step) {
                const qsizetype k = hidden[h];
                const QList<int>& terms = composition.terms().at(k);
                for (const int term : terms)
                    glp_set_obj_coef(lp, term + 1, 1.0);
                CellInterval interval;
                double value = 0;
                const Outcome lowest = optimise(lp, GLP_MIN, value);
                if (lowest == Outcome::Infeasible) {
                    infeasible = true;
                    break;
                }
                interval.lower = lowest == Outcome::Bounded
                    ? tidy(value)
                    : -std::numeric_limits<double>::infinity();
                if (optimise(lp, GLP_MAX, value) == Outcome::Bounded)
                    interval.upper = tidy(value);
                for (const int term : terms)
                    glp_set_obj_coef(lp, term + 1, 0.0);
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
