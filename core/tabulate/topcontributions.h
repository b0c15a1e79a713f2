#pragma once

// A Boost.Accumulators feature: the N largest samples, largest first. The library's own
// tag::tail<right> keeps a cache of samples and sorts indices on every extraction; a dominance
// check needs only the few largest, so this keeps them in a fixed min-heap, one comparison per
// sample once it is full. Included only by .cpp files: Boost is a private dependency of the
// core.

#include <algorithm>
#include <array>
#include <boost/accumulators/framework/accumulator_base.hpp>
#include <boost/accumulators/framework/depends_on.hpp>
#include <boost/accumulators/framework/extractor.hpp>
#include <boost/accumulators/framework/parameters/sample.hpp>
#include <boost/mpl/placeholders.hpp>
#include <boost/mpl/size_t.hpp>
#include <cstddef>
#include <functional>
#include <vector>

namespace boost::accumulators {
namespace impl {

template <typename Sample, typename Size> struct top_contributions_impl : accumulator_base
{
    using result_type = std::vector<Sample>;
    static constexpr std::size_t capacity = Size::value;

    template <typename Args> explicit top_contributions_impl(const Args&) { }

    template <typename Args> void operator()(const Args& args)
    {
        const Sample value = args[sample];
        if (m_size < capacity) {
            m_heap[m_size++] = value;
            std::push_heap(m_heap.begin(), m_heap.begin() + std::ptrdiff_t(m_size),
                           std::greater<Sample>());
        } else if (capacity > 0 && value > m_heap.front()) {
            std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<Sample>());
            m_heap.back() = value;
            std::push_heap(m_heap.begin(), m_heap.end(), std::greater<Sample>());
        }
    }

    result_type result(dont_care) const
    {
        result_type largest(m_heap.begin(), m_heap.begin() + std::ptrdiff_t(m_size));
        std::sort(largest.begin(), largest.end(), std::greater<Sample>());
        return largest;
    }

private:
    std::array<Sample, capacity> m_heap {}; // a min-heap of the largest samples so far
    std::size_t m_size = 0;
};

} // namespace impl

namespace tag {

template <std::size_t N> struct top_contributions : depends_on<>
{
    using impl = accumulators::impl::top_contributions_impl<mpl::_1, mpl::size_t<N>>;
};

} // namespace tag

namespace extract {

template <std::size_t N, typename AccumulatorSet>
auto top_contributions(const AccumulatorSet& accumulators)
{
    return extract_result<tag::top_contributions<N>>(accumulators);
}

} // namespace extract

using extract::top_contributions;

} // namespace boost::accumulators
