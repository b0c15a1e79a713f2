#pragma once

#include "cellsummary.h"

#include <memory>

namespace egress::tabulate {

// Summarises the unit totals of one cell as they are fed in: count, Kahan sum, minimum,
// maximum, variance and the largest contributions through Boost.Accumulators, and, when a
// median is wanted, the totals themselves (an exact median needs them; Boost's median is a P²
// estimate, and an estimate published as a median would be neither).
class CellAccumulator
{
public:
    static constexpr int kTopContributions = 10;

    explicit CellAccumulator(bool keepTotals = false);
    CellAccumulator(CellAccumulator&&) noexcept;
    CellAccumulator& operator=(CellAccumulator&&) noexcept;
    ~CellAccumulator();

    void add(double unitTotal);
    // Reorders the kept totals; call once, when every total is in.
    CellSummary summarise();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace egress::tabulate
