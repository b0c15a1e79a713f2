#include "cellaccumulator.h"

#include "topcontributions.h"

#include <algorithm>
#include <boost/accumulators/accumulators.hpp>
#include <boost/accumulators/statistics/count.hpp>
#include <boost/accumulators/statistics/max.hpp>
#include <boost/accumulators/statistics/min.hpp>
#include <boost/accumulators/statistics/stats.hpp>
#include <boost/accumulators/statistics/sum_kahan.hpp>
#include <boost/accumulators/statistics/variance.hpp>
#include <cmath>
#include <vector>

namespace egress::tabulate {
namespace acc = boost::accumulators;

struct CellAccumulator::State
{
    acc::accumulator_set<
        double,
        acc::stats<acc::tag::count, acc::tag::sum_kahan, acc::tag::min, acc::tag::max,
                   acc::tag::variance, acc::tag::top_contributions<kTopContributions>>>
        statistics;
    qint64 negatives = 0;
    bool keepTotals = false;
    std::vector<double> totals;
};

CellAccumulator::CellAccumulator(bool keepTotals)
    : m_state(std::make_unique<State>())
{
    m_state->keepTotals = keepTotals;
}

CellAccumulator::CellAccumulator(CellAccumulator&&) noexcept = default;
CellAccumulator& CellAccumulator::operator=(CellAccumulator&&) noexcept = default;
CellAccumulator::~CellAccumulator() = default;

void CellAccumulator::add(double unitTotal)
{
    m_state->statistics(unitTotal);
    if (unitTotal < 0)
        ++m_state->negatives;
    if (m_state->keepTotals)
        m_state->totals.push_back(unitTotal);
}

CellSummary CellAccumulator::summarise()
{
    const auto& statistics = m_state->statistics;
    CellSummary summary;
    summary.units = qint64(acc::count(statistics));
    summary.negatives = m_state->negatives;
    if (summary.units == 0)
        return summary;
    const auto n = double(summary.units);
    summary.sum = acc::sum_kahan(statistics);
    summary.mean = summary.sum / n;
    summary.minimum = acc::min(statistics);
    summary.maximum = acc::max(statistics);
    if (summary.units >= 2) {
        // Boost's variance divides by n; the sample variance by n − 1.
        const double variance = std::max(0.0, acc::variance(statistics) * n / (n - 1.0));
        summary.std = std::sqrt(variance);
    }
    for (const double value : acc::top_contributions<kTopContributions>(statistics))
        summary.top.append(value);

    std::vector<double>& totals = m_state->totals;
    if (m_state->keepTotals && !totals.empty()) {
        const auto middle = totals.begin() + std::ptrdiff_t(totals.size() / 2);
        std::nth_element(totals.begin(), middle, totals.end());
        double median = *middle;
        if (totals.size() % 2 == 0) {
            // The lower middle is the largest of the lower half.
            median = (median + *std::max_element(totals.begin(), middle)) / 2.0;
        }
        summary.median = median;
    }
    return summary;
}

} // namespace egress::tabulate
