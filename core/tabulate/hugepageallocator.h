#pragma once

#include <QtGlobal>

#include <cstdlib>
#include <new>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace egress::tabulate {

// A std::allocator that asks Linux for transparent huge pages for large blocks. The hash
// tables of a tabulation with millions of units are probed at random, one probe per new unit:
// with 4 KiB pages nearly every probe also misses the TLB, and a page walk is as slow as the
// miss itself. Elsewhere (or for small blocks) it is the ordinary allocator.
template <typename T> class HugePageAllocator
{
public:
    using value_type = T;

    HugePageAllocator() = default;
    template <typename U> HugePageAllocator(const HugePageAllocator<U>&) noexcept { }

    T* allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
        if (bytes >= kHugePage) {
            const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
            void* memory = std::aligned_alloc(kHugePage, rounded);
            if (memory == nullptr)
                throw std::bad_alloc();
            madvise(memory, rounded, MADV_HUGEPAGE); // a hint: failure only costs speed
            return static_cast<T*>(memory);
        }
#endif
        return static_cast<T*>(::operator new(bytes));
    }

    void deallocate(T* memory, std::size_t n) noexcept
    {
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
        if (n * sizeof(T) >= kHugePage) {
            std::free(memory);
            return;
        }
#endif
        ::operator delete(memory);
    }

    template <typename U> bool operator==(const HugePageAllocator<U>&) const noexcept
    {
        return true;
    }

private:
    static constexpr std::size_t kHugePage = std::size_t(2) << 20;
};

} // namespace egress::tabulate
