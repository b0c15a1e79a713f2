#pragma once

#include <QtGlobal>

namespace egress::sample {

// xoshiro256** seeded through splitmix64, with our own mappings to ranges and to doubles: the
// synthetic data must come out byte-identical for a seed on every platform and compiler, and the
// standard library's distributions are implementation-defined.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed);

    // An independent stream for one purpose and one item (a person, the list of special
    // persons): the same (seed, purpose, item) always yields the same numbers, whatever was
    // drawn for other items, so the items can be generated one at a time, in any order.
    static SeededRandom forStream(quint64 seed, quint64 purpose, quint64 item);

    quint64 next();
    // Uniform in [0, bound). bound must be at least 1. Rejection keeps it free of modulo bias.
    quint64 below(quint64 bound);
    // Uniform in [low, high], both included; low <= high.
    qint64 between(qint64 low, qint64 high);
    // Uniform in [0, 1) with 53 random bits.
    double unit();
    // True with probability numerator / denominator.
    bool chance(quint64 numerator, quint64 denominator);

    // One step of splitmix64: advances state and returns the next output.
    static quint64 splitMix64(quint64& state);
    // The splitmix64 output function. A bijection on 64-bit values: distinct inputs give
    // distinct outputs, which is what makes ids derived from it unique.
    static quint64 scramble(quint64 value);

private:
    quint64 m_state[4];
};

} // namespace egress::sample
