#include "seededrandom.h"

namespace egress::sample {
namespace {

constexpr quint64 kGoldenGamma = 0x9e3779b97f4a7c15ULL;

constexpr quint64 rotateLeft(quint64 value, int bits)
{
    return (value << bits) | (value >> (64 - bits));
}

} // namespace

SeededRandom::SeededRandom(quint64 seed)
{
    quint64 state = seed;
    for (quint64& word : m_state)
        word = splitMix64(state);
}

SeededRandom SeededRandom::forStream(quint64 seed, quint64 purpose, quint64 item)
{
    // Each step scrambles, so that neighbouring items (person 7, person 8) start far apart.
    const quint64 forPurpose = scramble(seed + kGoldenGamma * (purpose + 1));
    return SeededRandom(scramble(forPurpose ^ scramble(item + kGoldenGamma)));
}

quint64 SeededRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 shifted = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= shifted;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

quint64 SeededRandom::below(quint64 bound)
{
    if (bound <= 1)
        return 0;
    // Values under 2^64 mod bound would make the low results more likely: draw again.
    const quint64 threshold = (0 - bound) % bound;
    for (;;) {
        const quint64 value = next();
        if (value >= threshold)
            return value % bound;
    }
}

qint64 SeededRandom::between(qint64 low, qint64 high)
{
    const quint64 span = static_cast<quint64>(high) - static_cast<quint64>(low) + 1;
    return static_cast<qint64>(static_cast<quint64>(low) + below(span));
}

double SeededRandom::unit()
{
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);
}

bool SeededRandom::chance(quint64 numerator, quint64 denominator)
{
    return below(denominator) < numerator;
}

quint64 SeededRandom::splitMix64(quint64& state)
{
    state += kGoldenGamma;
    return scramble(state);
}

quint64 SeededRandom::scramble(quint64 value)
{
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

} // namespace egress::sample
