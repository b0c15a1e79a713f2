#include "gausssuppression.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <stdexcept>
#include <unordered_map>
#include <utility>
#include <vector>

namespace egress::protect {
namespace {

constexpr quint64 kPrime = (quint64(1) << 61) - 1;
// GCC's 128-bit integer, for the full product of two residues; __extension__ tells -Wpedantic
// that it is meant.
__extension__ using Wide = unsigned __int128;

quint64 multiply(quint64 a, quint64 b)
{
    const Wide product = static_cast<Wide>(a) * b;
    const quint64 low = quint64(product) & kPrime;
    const quint64 high = quint64(product >> 61);
    const quint64 sum = low + high;
    return sum >= kPrime ? sum - kPrime : sum;
}

quint64 subtract(quint64 a, quint64 b)
{
    return a >= b ? a - b : a + kPrime - b;
}

quint64 inverse(quint64 a)
{
    // Fermat: a^(p−2).
    quint64 result = 1;
    quint64 base = a;
    for (quint64 exponent = kPrime - 2; exponent != 0; exponent >>= 1) {
        if ((exponent & 1) != 0)
            result = multiply(result, base);
        base = multiply(base, base);
    }
    return result;
}

// A sparse vector over the variables, sorted by index, no zero coefficients.
using Vector = std::vector<std::pair<int, quint64>>;

// a − factor · b
Vector subtractMultiple(const Vector& a, quint64 factor, const Vector& b)
{
    Vector result;
    result.reserve(a.size() + b.size());
    auto left = a.cbegin();
    auto right = b.cbegin();
    while (left != a.cend() || right != b.cend()) {
        if (right == b.cend() || (left != a.cend() && left->first < right->first)) {
            result.push_back(*left++);
        } else if (left == a.cend() || right->first < left->first) {
            result.emplace_back(right->first, subtract(0, multiply(factor, right->second)));
            ++right;
        } else {
            const quint64 value = subtract(left->second, multiply(factor, right->second));
            if (value != 0)
                result.emplace_back(left->first, value);
            ++left;
            ++right;
        }
    }
    return result;
}

quint64 coefficientAt(const Vector& vector, int index)
{
    const auto found
        = std::lower_bound(vector.cbegin(), vector.cend(), std::pair {index, quint64(0)},
                           [](const auto& a, const auto& b) { return a.first < b.first; });
    return found != vector.cend() && found->first == index ? found->second : 0;
}

using Rows = std::unordered_map<int, Vector>; // pivot → its row

// Published vectors in echelon form: each has coefficient 1 at its pivot, its smallest index.
// A trial adds rows to `pending` first, and keeps them only if the candidate is published.
class Basis
{
public:
    // What is left of vector after taking away everything the basis (and pending) spans: empty
    // exactly when the vector is a combination of published cells.
    Vector reduce(Vector vector, const Rows& pending) const
    {
        std::size_t position = 0;
        while (position < vector.size()) {
            const Vector* row = rowAt(vector[position].first, pending);
            if (row == nullptr) {
                ++position; // a free index: it stays, and nothing later reaches below it
                continue;
            }
            vector = subtractMultiple(vector, vector[position].second, *row);
        }
        return vector;
    }

    void commit(Rows& pending)
    {
        m_rows.merge(pending);
        pending.clear();
    }

private:
    const Vector* rowAt(int index, const Rows& pending) const
    {
        if (const auto found = m_rows.find(index); found != m_rows.end())
            return &found->second;
        if (const auto found = pending.find(index); found != pending.end())
            return &found->second;
        return nullptr;
    }

    Rows m_rows;
};

// vector, not empty, scaled to 1 at its first index.
Vector normalised(Vector vector)
{
    const quint64 scale = inverse(vector.front().second);
    for (auto& entry : vector)
        entry.second = multiply(entry.second, scale);
    return vector;
}

// Whether a = λ·b for some λ (b not empty): same indexes, proportional coefficients.
bool isMultipleOf(const Vector& a, const Vector& b)
{
    if (a.size() != b.size() || b.empty())
        return false;
    for (std::size_t k = 0; k < a.size(); ++k) {
        if (a[k].first != b[k].first
            || multiply(a[k].second, b.front().second) != multiply(b[k].second, a.front().second))
            return false;
    }
    return true;
}

int firstOf(const Vector& vector)
{
    return vector.empty() ? -1 : vector.front().first;
}

Vector unitVector(int index)
{
    return {{index, 1}};
}

Vector vectorOf(const QList<int>& terms)
{
    Vector vector;
    vector.reserve(std::size_t(terms.size()));
    for (const int term : terms)
        vector.emplace_back(term, 1);
    return vector;
}

} // namespace

QList<bool> GaussSuppression::suppress(const CellComposition& composition, const QList<Cell>& cells,
                                       const QList<std::pair<qsizetype, qsizetype>>& links)
{
    if (cells.size() != composition.cells().size())
        throw std::invalid_argument("GaussSuppression: one cell description per composition cell");
    const qsizetype count = cells.size();
    QList<bool> suppressed(count, false);

    // What each primary still hides: its vector reduced by everything published so far.
    QList<qsizetype> primaries;
    std::vector<Vector> hidden;
    std::vector<std::size_t> singletons; // indexes into hidden
    for (qsizetype k = 0; k < count; ++k) {
        if (cells.at(k).primary) {
            suppressed[k] = true;
            primaries.append(k);
            if (cells.at(k).singleton)
                singletons.push_back(hidden.size());
            hidden.push_back(vectorOf(composition.terms().at(k)));
        }
    }

    Basis basis;
    Rows pending;
    // Linked cells are one number: their difference is known (0) before anything is published.
    for (const auto& [first, second] : links) {
        Vector difference = vectorOf(composition.terms().at(first));
        difference = subtractMultiple(difference, 1, vectorOf(composition.terms().at(second)));
        const Vector residual = basis.reduce(difference, pending);
        if (residual.empty())
            continue;
        const Vector row = normalised(residual);
        pending.emplace(row.front().first, row);
        basis.commit(pending);
    }
    if (!links.isEmpty()) {
        for (Vector& vector : hidden)
            vector = basis.reduce(vector, pending);
    }

    QList<qsizetype> order(count);
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&cells](qsizetype a, qsizetype b) {
        return cells.at(a).preference > cells.at(b).preference;
    });

    // The primaries by the first index of their residual, for the singleton test.
    std::unordered_map<int, std::set<std::size_t>> byFirst;
    for (std::size_t p = 0; p < hidden.size(); ++p)
        byFirst[firstOf(hidden[p])].insert(p);

    std::unordered_map<std::size_t, Vector> changed; // primaries' new residuals in a trial
    // Publishes the candidate's vectors if no primary becomes derivable; says whether it did.
    const auto tryPublish = [&](const std::vector<Vector>& vectors) {
        pending.clear();
        changed.clear();
        for (const Vector& vector : vectors) {
            const Vector residual = basis.reduce(vector, pending);
            if (residual.empty())
                continue; // already known from what is published
            Vector row = normalised(residual);
            const int pivot = row.front().first;
            for (std::size_t p = 0; p < hidden.size(); ++p) {
                const auto trial = changed.find(p);
                const Vector& current = trial != changed.end() ? trial->second : hidden[p];
                const quint64 factor = coefficientAt(current, pivot);
                if (factor == 0)
                    continue;
                Vector left = subtractMultiple(current, factor, row);
                if (left.empty())
                    return false;
                changed[p] = std::move(left);
            }
            pending.emplace(pivot, std::move(row));
        }
        // A singleton's contributor, knowing its value, must learn no other primary: no residual
        // may become a multiple of a singleton's. Only pairs with a changed member can; a
        // multiple starts at the same index, so a changed singleton is set only beside the
        // primaries whose residual starts where its own does.
        const auto residualOf = [&](std::size_t p) -> const Vector& {
            const auto trial = changed.find(p);
            return trial != changed.end() ? trial->second : hidden[p];
        };
        const auto exposes = [&](std::size_t p, std::size_t s) {
            return p != s && isMultipleOf(residualOf(p), residualOf(s));
        };
        for (const auto& [p, residual] : changed) {
            for (const std::size_t s : singletons) {
                if (exposes(p, s) || exposes(s, p))
                    return false;
            }
        }
        for (const std::size_t s : singletons) {
            if (changed.count(s) == 0)
                continue;
            const auto bucket = byFirst.find(firstOf(residualOf(s)));
            if (bucket == byFirst.end())
                continue;
            for (const std::size_t p : bucket->second) {
                if (changed.count(p) == 0 && exposes(p, s))
                    return false;
            }
        }
        basis.commit(pending);
        for (auto& [p, vector] : changed) {
            byFirst[firstOf(hidden[p])].erase(p);
            byFirst[firstOf(vector)].insert(p);
            hidden[p] = std::move(vector);
        }
        return true;
    };

    // Whether publishing cell k would pin a primary zero: every inner cell of k still unknown is a
    // zero, and one of them is primary.
    const auto pinsAZero = [&](qsizetype k) {
        bool primaryZero = false;
        for (const int term : composition.terms().at(k)) {
            const qsizetype inner = composition.variableCells().at(term);
            const bool known = basis.reduce(unitVector(term), {}).empty();
            if (known)
                continue;
            if (!cells.at(inner).zero)
                return false;
            primaryZero = primaryZero || cells.at(inner).primary;
        }
        return primaryZero;
    };
    const auto holdsAPrimaryZero = [&](qsizetype k) {
        for (const int term : composition.terms().at(k)) {
            const Cell& inner = cells.at(composition.variableCells().at(term));
            if (inner.primary && inner.zero)
                return true;
        }
        return false;
    };

    for (const qsizetype k : order) {
        if (cells.at(k).primary)
            continue;
        if (composition.terms().at(k).size() > 1 && holdsAPrimaryZero(k) && pinsAZero(k)) {
            suppressed[k] = true;
            continue;
        }
        std::vector<Vector> vectors;
        if (cells.at(k).zero) {
            for (const int term : composition.terms().at(k))
                vectors.push_back(unitVector(term));
        } else {
            vectors.push_back(vectorOf(composition.terms().at(k)));
        }
        if (!tryPublish(vectors))
            suppressed[k] = true;
    }
    return suppressed;
}

} // namespace egress::protect
