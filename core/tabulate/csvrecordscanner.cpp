#include "csvrecordscanner.h"

#include "io/inputerror.h"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstring>
#include <limits>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif
#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace egress::tabulate {
namespace {

constexpr qint64 kBlock = 64;
// Blocks classified at once: their masks stay in the first-level cache until flattened.
constexpr std::size_t kChunkBlocks = 1024;

// The quote, delimiter and line-end bits of each of `blocks` 64-byte blocks.
using MaskFunction = void (*)(const char* bytes, std::size_t blocks, char delimiter,
                              quint64* quotes, quint64* delimiters, quint64* lineEnds);

[[maybe_unused]] void scalarMasks(const char* bytes, std::size_t blocks, char delimiter,
                                  quint64* quotes, quint64* delimiters, quint64* lineEnds)
{
    for (std::size_t b = 0; b < blocks; ++b) {
        quint64 quote = 0;
        quint64 separator = 0;
        quint64 lineEnd = 0;
        for (std::size_t i = 0; i < std::size_t(kBlock); ++i) {
            const quint64 bit = quint64(1) << i;
            const char c = bytes[b * std::size_t(kBlock) + i];
            if (c == '"')
                quote |= bit;
            else if (c == delimiter)
                separator |= bit;
            else if (c == '\n' || c == '\r')
                lineEnd |= bit;
        }
        quotes[b] = quote;
        delimiters[b] = separator;
        lineEnds[b] = lineEnd;
    }
}

#if defined(__SSE2__)
void sse2Masks(const char* bytes, std::size_t blocks, char delimiterChar, quint64* quotes,
               quint64* delimiters, quint64* lineEnds)
{
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i delimiter = _mm_set1_epi8(delimiterChar);
    const __m128i lineFeed = _mm_set1_epi8('\n');
    const __m128i carriageReturn = _mm_set1_epi8('\r');
    for (std::size_t b = 0; b < blocks; ++b) {
        quint64 quoteBits = 0;
        quint64 delimiterBits = 0;
        quint64 lineEndBits = 0;
        for (int part = 0; part < 4; ++part) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(
                bytes + b * std::size_t(kBlock) + std::size_t(part) * 16));
            const auto bits = [part](__m128i matches) {
                return quint64(quint32(_mm_movemask_epi8(matches))) << (part * 16);
            };
            quoteBits |= bits(_mm_cmpeq_epi8(chunk, quote));
            delimiterBits |= bits(_mm_cmpeq_epi8(chunk, delimiter));
            lineEndBits |= bits(_mm_or_si128(_mm_cmpeq_epi8(chunk, lineFeed),
                                             _mm_cmpeq_epi8(chunk, carriageReturn)));
        }
        quotes[b] = quoteBits;
        delimiters[b] = delimiterBits;
        lineEnds[b] = lineEndBits;
    }
}
#endif

#if defined(__x86_64__) && defined(__GNUC__)
// The same 32 or 64 bytes at a time, on processors that have AVX2 or AVX-512 (chosen at run
// time, so that the program still runs on any x86-64). No lambdas here: they would not inherit
// the function's target.
__attribute__((target("avx2"))) void avx2Masks(const char* bytes, std::size_t blocks,
                                               char delimiterChar, quint64* quotes,
                                               quint64* delimiters, quint64* lineEnds)
{
    const __m256i quote = _mm256_set1_epi8('"');
    const __m256i delimiter = _mm256_set1_epi8(delimiterChar);
    const __m256i lineFeed = _mm256_set1_epi8('\n');
    const __m256i carriageReturn = _mm256_set1_epi8('\r');
    for (std::size_t b = 0; b < blocks; ++b) {
        const char* block = bytes + b * std::size_t(kBlock);
        const __m256i low = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(block));
        const __m256i high = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(block + 32));
        const quint64 quoteLow = quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(low, quote)));
        const quint64 quoteHigh = quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(high, quote)));
        const quint64 delimiterLow
            = quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(low, delimiter)));
        const quint64 delimiterHigh
            = quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(high, delimiter)));
        const quint64 lineEndLow = quint32(_mm256_movemask_epi8(_mm256_or_si256(
            _mm256_cmpeq_epi8(low, lineFeed), _mm256_cmpeq_epi8(low, carriageReturn))));
        const quint64 lineEndHigh = quint32(_mm256_movemask_epi8(_mm256_or_si256(
            _mm256_cmpeq_epi8(high, lineFeed), _mm256_cmpeq_epi8(high, carriageReturn))));
        quotes[b] = quoteLow | quoteHigh << 32;
        delimiters[b] = delimiterLow | delimiterHigh << 32;
        lineEnds[b] = lineEndLow | lineEndHigh << 32;
    }
}

__attribute__((target("avx512f,avx512bw"))) void avx512Masks(const char* bytes, std::size_t blocks,
                                                             char delimiterChar, quint64* quotes,
                                                             quint64* delimiters, quint64* lineEnds)
{
    const __m512i quote = _mm512_set1_epi8('"');
    const __m512i delimiter = _mm512_set1_epi8(delimiterChar);
    const __m512i lineFeed = _mm512_set1_epi8('\n');
    const __m512i carriageReturn = _mm512_set1_epi8('\r');
    for (std::size_t b = 0; b < blocks; ++b) {
        const __m512i chunk = _mm512_loadu_si512(bytes + b * std::size_t(kBlock));
        quotes[b] = _mm512_cmpeq_epi8_mask(chunk, quote);
        delimiters[b] = _mm512_cmpeq_epi8_mask(chunk, delimiter);
        lineEnds[b] = _mm512_cmpeq_epi8_mask(chunk, lineFeed)
            | _mm512_cmpeq_epi8_mask(chunk, carriageReturn);
    }
}
#endif

MaskFunction chooseMasks()
{
#if defined(__x86_64__) && defined(__GNUC__)
    if (__builtin_cpu_supports("avx512bw"))
        return avx512Masks;
    if (__builtin_cpu_supports("avx2"))
        return avx2Masks;
#endif
#if defined(__SSE2__)
    return sse2Masks;
#else
    return scalarMasks;
#endif
}

const MaskFunction kMasks = chooseMasks();

// Writes the positions (base + bit) of the structural bits of each block, and for each line end
// its index among them. Both arrays need room for 64 entries past what they receive.
using FlattenFunction
    = void (*)(const quint64* structural, const quint64* lineEnds, std::size_t blocks, quint32 base,
               quint32* positions, std::size_t& positionCount, quint32* lineEndIndexes,
               std::size_t& lineEndCount);

void scalarFlatten(const quint64* structural, const quint64* lineEnds, std::size_t blocks,
                   quint32 base, quint32* positions, std::size_t& positionCount,
                   quint32* lineEndIndexes, std::size_t& lineEndCount)
{
    std::size_t count = positionCount;
    std::size_t lineEndsSoFar = lineEndCount;
    for (std::size_t b = 0; b < blocks; ++b, base += quint32(kBlock)) {
        quint64 bits = structural[b];
        const int n = std::popcount(bits);
        quint32* out = positions + count;
        // Eight at a time whatever the count, so that the common block takes no branch that
        // depends on it: the extra entries are overwritten by the next block.
        for (int i = 0; i < 8; ++i) {
            out[i] = base + quint32(std::countr_zero(bits));
            bits &= bits - 1;
        }
        for (int i = 8; i < n; ++i) {
            out[i] = base + quint32(std::countr_zero(bits));
            bits &= bits - 1;
        }
        for (quint64 ends = lineEnds[b]; ends != 0; ends &= ends - 1) {
            const quint64 below = (ends & (quint64(0) - ends)) - 1;
            lineEndIndexes[lineEndsSoFar++]
                = quint32(count) + quint32(std::popcount(structural[b] & below));
        }
        count += std::size_t(n);
    }
    positionCount = count;
    lineEndCount = lineEndsSoFar;
}

#if defined(__x86_64__) && defined(__GNUC__)
// Sixteen of the packed byte indexes, as 32-bit positions from offset. The maskz forms: GCC 12
// warns about the "undefined" source operand of the plain ones.
template <int Quarter>
__attribute__((target("avx512f"), always_inline)) inline __m512i widenedQuarter(__m512i packed,
                                                                                __m512i offset)
{
    const __m128i bytes = _mm512_maskz_extracti32x4_epi32(0xF, packed, Quarter);
    return _mm512_add_epi32(offset, _mm512_maskz_cvtepu8_epi32(0xFFFF, bytes));
}

// With AVX-512 VBMI2 the positions of a block are one compress of the byte indexes 0..63.
__attribute__((target("avx512f,avx512bw,avx512vbmi2,bmi,bmi2,popcnt"))) void
vbmi2Flatten(const quint64* structural, const quint64* lineEnds, std::size_t blocks, quint32 base,
             quint32* positions, std::size_t& positionCount, quint32* lineEndIndexes,
             std::size_t& lineEndCount)
{
    const __m512i indexes = _mm512_set_epi8(
        63, 62, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45, 44, 43, 42, 41,
        40, 39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18,
        17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
    std::size_t count = positionCount;
    std::size_t lineEndsSoFar = lineEndCount;
    for (std::size_t b = 0; b < blocks; ++b, base += quint32(kBlock)) {
        const quint64 bits = structural[b];
        const __m512i packed = _mm512_maskz_compress_epi8(bits, indexes);
        const __m512i offset = _mm512_set1_epi32(int(base));
        quint32* out = positions + count;
        _mm512_storeu_si512(out, widenedQuarter<0>(packed, offset));
        _mm512_storeu_si512(out + 16, widenedQuarter<1>(packed, offset));
        const int n = int(_mm_popcnt_u64(bits));
        if (n > 32) {
            _mm512_storeu_si512(out + 32, widenedQuarter<2>(packed, offset));
            _mm512_storeu_si512(out + 48, widenedQuarter<3>(packed, offset));
        }
        // The line ends among the block's structural bits, in the same order.
        for (quint64 ends = _pext_u64(lineEnds[b], bits); ends != 0; ends &= ends - 1)
            lineEndIndexes[lineEndsSoFar++] = quint32(count) + quint32(_tzcnt_u64(ends));
        count += std::size_t(n);
    }
    positionCount = count;
    lineEndCount = lineEndsSoFar;
}
#endif

FlattenFunction chooseFlatten()
{
#if defined(__x86_64__) && defined(__GNUC__)
    if (__builtin_cpu_supports("avx512vbmi2") && __builtin_cpu_supports("bmi2"))
        return vbmi2Flatten;
#endif
    return scalarFlatten;
}

const FlattenFunction kFlatten = chooseFlatten();

// Bit i set when an odd number of the bits 0..i are set: over the quote mask, the bytes that
// lie inside quotes (the opening quote included, the closing one not).
quint64 prefixXor(quint64 bits)
{
    bits ^= bits << 1;
    bits ^= bits << 2;
    bits ^= bits << 4;
    bits ^= bits << 8;
    bits ^= bits << 16;
    bits ^= bits << 32;
    return bits;
}

// The inside-quotes mask of each block from its quote mask, carrying the state from block to
// block: all ones in insideCarry when the last block ended inside quotes.
using InsideFunction
    = void (*)(const quint64* quotes, std::size_t blocks, quint64& insideCarry, quint64* inside);

void shiftInside(const quint64* quotes, std::size_t blocks, quint64& insideCarry, quint64* inside)
{
    quint64 carry = insideCarry;
    for (std::size_t b = 0; b < blocks; ++b) {
        const quint64 prefix = prefixXor(quotes[b]);
        inside[b] = prefix ^ carry;
        // Flipped by a block with an odd number of quotes: one XOR on the chain from block to
        // block, the rest independent.
        carry ^= quint64(0) - (prefix >> 63);
    }
    insideCarry = carry;
}

#if defined(__x86_64__) && defined(__GNUC__)
// The prefix XOR is a carry-less multiplication by all ones: one instruction.
__attribute__((target("pclmul,sse2"))) void clmulInside(const quint64* quotes, std::size_t blocks,
                                                        quint64& insideCarry, quint64* inside)
{
    const __m128i ones = _mm_set1_epi8(-1);
    quint64 carry = insideCarry;
    for (std::size_t b = 0; b < blocks; ++b) {
        const __m128i product = _mm_clmulepi64_si128(_mm_cvtsi64_si128(qint64(quotes[b])), ones, 0);
        const auto prefix = quint64(_mm_cvtsi128_si64(product));
        inside[b] = prefix ^ carry;
        carry ^= quint64(0) - (prefix >> 63);
    }
    insideCarry = carry;
}
#endif

InsideFunction chooseInside()
{
#if defined(__x86_64__) && defined(__GNUC__)
    if (__builtin_cpu_supports("pclmul"))
        return clmulInside;
#endif
    return shiftInside;
}

const InsideFunction kInside = chooseInside();

int toInt(qint64 value)
{
    return value > qint64(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max()
                                                           : static_cast<int>(value);
}

// Grows v to hold at least n entries; never shrinks, so that a reused buffer is zeroed once.
template <typename T> T* atLeast(std::vector<T>& v, std::size_t n)
{
    if (v.size() < n)
        v.resize(n);
    return v.data();
}

} // namespace

// Bytes of the file in memory, [offset, offset + size): a stride being classified, so that a
// byte or two past a quote can be looked at without touching the rest of the file.
struct CsvRecordScanner::Stride
{
    const char* bytes;
    qint64 offset;
    qint64 size;
};

CsvRecordScanner::CsvRecordScanner(const char* data, qint64 size, qint64 begin, char delimiter,
                                   int columns, std::vector<int> wanted, QString fileName, int fd,
                                   qint64 stride)
    : m_data(data)
    , m_size(size)
    , m_delimiter(delimiter)
    , m_columns(columns)
    , m_wanted(std::move(wanted))
    , m_fileName(std::move(fileName))
    , m_fd(fd)
    , m_stride(std::max(kBlock, stride / kBlock * kBlock))
    , m_next(begin)
{ }

bool CsvRecordScanner::next(CsvRecordBatch& batch)
{
    batch.m_slots = int(m_wanted.size());
    while (true) {
        batch.m_count = 0;
        if (m_error)
            std::rethrow_exception(m_error);
        if (m_next >= m_size)
            return false;
        cutStride(batch);
        if (batch.m_count > 0)
            return true;
    }
}

void CsvRecordScanner::load(CsvRecordBatch& batch, qint64 have, qint64 want) const
{
    batch.m_offset = m_next;
    if (m_fd < 0) {
        batch.m_data = m_data + m_next;
        return;
    }
    // Room for a zero-padded last block.
    char* buffer = atLeast(batch.m_buffer, std::size_t(want + kBlock));
    batch.m_data = buffer;
    readInto(buffer + have, m_next + have, want - have);
}

void CsvRecordScanner::cutStride(CsvRecordBatch& batch)
{
    // Classify a stride from the next record on, growing it until it holds a line end (for a
    // record longer than the stride) or reaches the end of the file.
    qint64 want = std::min(m_stride, m_size - m_next);
    qint64 loaded = 0;
    qint64 classified = 0;
    quint64 insideCarry = 0; // a record starts outside quotes
    std::size_t positionCount = 0;
    std::size_t lineEndCount = 0;
    bool atEnd = false;
    while (true) {
        load(batch, loaded, want);
        loaded = want;
        atEnd = m_next + want == m_size;
        const qint64 whole = want / kBlock * kBlock;
        const Stride stride {batch.m_data, m_next, want};
        while (classified < whole && !m_error) {
            const qint64 blocks
                = std::min<qint64>((whole - classified) / kBlock, qint64(kChunkBlocks));
            classify(stride, classified, blocks, insideCarry, positionCount, lineEndCount);
            classified += blocks * kBlock;
        }
        if (atEnd && classified < want && !m_error) {
            alignas(64) char tail[kBlock];
            // Zero bytes are not special, so the padding reads as the middle of a field.
            std::memset(tail, 0, sizeof tail);
            std::memcpy(tail, batch.m_data + classified, std::size_t(want - classified));
            classify({tail, m_next + classified, want - classified}, 0, 1, insideCarry,
                     positionCount, lineEndCount);
            classified = want;
        }
        if (m_error || atEnd || lineEndCount > 0)
            break;
        if (want >= kMaxRecordBytes) {
            streamPastLongRecord(m_next + classified, insideCarry);
            break;
        }
        want = std::min(want * 2, m_size - m_next);
    }

    quint32* positions = m_structural.data();
    quint32* lineEnds = m_lineEnds.data();
    if (atEnd && !m_error) {
        if (insideCarry != 0) {
            m_error = std::make_exception_ptr(io::InputError(
                m_fileName,
                QStringLiteral("unterminated quoted field: the quote opened here is never "
                               "closed"),
                lineOf(m_lastOpeningQuote), columnOf(m_next, m_lastOpeningQuote)));
        } else {
            const quint32 afterLast
                = lineEndCount == 0 ? 0 : positions[lineEnds[lineEndCount - 1]] + 1;
            if (afterLast < quint32(want)) {
                // A last record without a line end ends with the file.
                positions[positionCount] = quint32(want);
                lineEnds[lineEndCount++] = quint32(positionCount++);
            }
        }
    }

    // Each record is the span up to its line end: its field count is a subtraction, each of
    // its wanted fields a lookup.
    const auto columns = quint32(m_columns);
    const std::size_t slots = m_wanted.size();
    quint32* bounds = atLeast(batch.m_bounds, lineEndCount * slots * 2);
    quint32 recordStart = 0;
    quint32 first = 0; // the index of the record's first structural character
    int count = 0;
    for (std::size_t k = 0; k < lineEndCount; ++k) {
        const quint32 last = lineEnds[k];
        const quint32 end = positions[last];
        if (end == recordStart) {
            first = last + 1; // a blank line
            recordStart = end + 1;
            continue;
        }
        if (last + 1 - first != columns) {
            const int fields = toInt(qint64(last) + 1 - qint64(first));
            // Earlier in the file than any problem the classification may have found.
            m_error = std::make_exception_ptr(
                io::InputError(m_fileName,
                               QStringLiteral("ragged row: %1 fields, but the header has %2")
                                   .arg(fields)
                                   .arg(m_columns),
                               lineOf(m_next + recordStart), std::min(fields, m_columns) + 1));
            break;
        }
        for (std::size_t slot = 0; slot < slots; ++slot) {
            const auto column = quint32(m_wanted[slot]);
            bounds[slot * 2] = column == 0 ? recordStart : positions[first + column - 1] + 1;
            bounds[slot * 2 + 1] = positions[first + column];
        }
        bounds += slots * 2;
        ++count;
        first = last + 1;
        recordStart = end + 1;
    }
    batch.m_count = count;
    m_next += recordStart;
    batch.m_end = m_next;
}

void CsvRecordScanner::classify(const Stride& stride, qint64 from, qint64 blocks,
                                quint64& insideCarry, std::size_t& positionCount,
                                std::size_t& lineEndCount)
{
    quint64* quotes = atLeast(m_quoteMasks, std::size_t(blocks));
    quint64* delimiters = atLeast(m_delimiterMasks, std::size_t(blocks));
    quint64* lineEnds = atLeast(m_lineEndMasks, std::size_t(blocks));
    kMasks(stride.bytes + from, std::size_t(blocks), m_delimiter, quotes, delimiters, lineEnds);
    quint64* inside = atLeast(m_insideMasks, std::size_t(blocks));
    kInside(quotes, std::size_t(blocks), insideCarry, inside);
    // Then, in place: the structural characters (outside quotes) and the line ends among them.
    qint64 classified = blocks;
    for (qint64 b = 0; b < blocks; ++b) {
        const auto i = std::size_t(b);
        quint64 keep = ~quint64(0);
        if (quotes[i] != 0) {
            // The common quoting, checked on the masks: an opening quote follows a delimiter, a
            // line end or a quote ("" inside quotes), and a closing quote is followed by one.
            // Anything else (spaces after a closing quote, an error, and a quote whose neighbour
            // is in the next or previous block, as the shifts leave that bit clear) is checked
            // byte by byte.
            const quint64 allowed = delimiters[i] | lineEnds[i] | quotes[i];
            const quint64 opening = quotes[i] & inside[i];
            const quint64 closing = quotes[i] & ~inside[i];
            const qint64 blockStart = stride.offset + from + b * kBlock;
            if (((opening & ~(allowed << 1)) | (closing & ~(allowed >> 1))) == 0) {
                if (opening != 0)
                    m_lastOpeningQuote = blockStart + 63 - std::countl_zero(opening);
            } else if (const qint64 bad = checkQuotes(stride, quotes[i], inside[i], blockStart);
                       bad >= 0) {
                // Only the records before the bad one are cut.
                keep = bad - blockStart >= kBlock ? ~quint64(0)
                                                  : (quint64(1) << (bad - blockStart)) - 1;
                classified = b + 1;
            }
        }
        delimiters[i] = (delimiters[i] | lineEnds[i]) & ~inside[i] & keep;
        lineEnds[i] &= ~inside[i] & keep;
        if (classified != blocks)
            break;
    }
    // Room for every byte to be structural, and for the flattening's unconditional writes.
    const std::size_t most = std::size_t(classified * kBlock) + std::size_t(kBlock) + 1;
    quint32* positions = atLeast(m_structural, positionCount + most);
    quint32* lineEndIndexes = atLeast(m_lineEnds, lineEndCount + most);
    kFlatten(delimiters, lineEnds, std::size_t(classified), quint32(stride.offset - m_next + from),
             positions, positionCount, lineEndIndexes, lineEndCount);
}

qint64 CsvRecordScanner::checkQuotes(const Stride& stride, quint64 quotes, quint64 inside,
                                     qint64 blockStart)
{
    const auto isBoundary = [this](char c) { return c == m_delimiter || c == '\n' || c == '\r'; };
    const auto byteAt = [&](qint64 offset) {
        if (offset >= stride.offset && offset < stride.offset + stride.size)
            return stride.bytes[offset - stride.offset];
        char c = 0;
        readInto(&c, offset, 1);
        return c;
    };
    while (quotes != 0) {
        const int bit = std::countr_zero(quotes);
        quotes &= quotes - 1;
        const qint64 at = blockStart + bit;
        if (((inside >> bit) & 1) != 0) {
            // An opening quote starts a field, or follows a closing one ("" inside quotes).
            if (at > 0 && !isBoundary(byteAt(at - 1)) && byteAt(at - 1) != '"') {
                m_error = std::make_exception_ptr(io::InputError(
                    m_fileName,
                    QStringLiteral("a quote inside an unquoted field (quote the whole field and "
                                   "write the quote as \"\")"),
                    lineOf(at), columnOf(m_next, at)));
                return at;
            }
            m_lastOpeningQuote = at;
            continue;
        }
        qint64 next = at + 1;
        if (next < m_size && byteAt(next) == '"')
            continue; // "" : the next quote opens again
        while (next < m_size && byteAt(next) == ' ')
            ++next;
        if (next < m_size && !isBoundary(byteAt(next))) {
            m_error = std::make_exception_ptr(io::InputError(
                m_fileName,
                QStringLiteral("unexpected text after a closing quote (write a quote inside a "
                               "quoted field as \"\")"),
                lineOf(next), columnOf(m_next, next)));
            return next;
        }
    }
    return -1;
}

void CsvRecordScanner::streamPastLongRecord(qint64 from, quint64 insideCarry)
{
    // The record does not fit: find out whether it ever ends, without keeping it, so that an
    // unclosed quote is reported as that rather than as a long record.
    std::vector<char> buffer(kChunkBlocks * std::size_t(kBlock));
    quint64* quotes = atLeast(m_quoteMasks, kChunkBlocks);
    quint64* delimiters = atLeast(m_delimiterMasks, kChunkBlocks);
    quint64* lineEnds = atLeast(m_lineEndMasks, kChunkBlocks);
    const QString longRecord
        = QStringLiteral("a record longer than %1 MiB").arg(kMaxRecordBytes >> 20);
    for (qint64 at = from; at < m_size;) {
        const qint64 size = std::min<qint64>(m_size - at, qint64(buffer.size()));
        const qint64 blocks = (size + kBlock - 1) / kBlock;
        std::fill(buffer.begin(), buffer.end(), '\0');
        readInto(buffer.data(), at, size);
        const Stride stride {buffer.data(), at, size};
        kMasks(buffer.data(), std::size_t(blocks), m_delimiter, quotes, delimiters, lineEnds);
        for (qint64 b = 0; b < blocks; ++b) {
            const auto i = std::size_t(b);
            const quint64 inside = prefixXor(quotes[i]) ^ insideCarry;
            insideCarry = quint64(0) - (inside >> 63);
            if (quotes[i] != 0 && checkQuotes(stride, quotes[i], inside, at + b * kBlock) >= 0)
                return;
            if ((lineEnds[i] & ~inside) != 0) {
                m_error = std::make_exception_ptr(
                    io::InputError(m_fileName, longRecord, lineOf(m_next)));
                return;
            }
        }
        at += size;
    }
    m_error = std::make_exception_ptr(
        insideCarry != 0
            ? io::InputError(m_fileName,
                             QStringLiteral("unterminated quoted field: the quote opened here is "
                                            "never closed"),
                             lineOf(m_lastOpeningQuote), columnOf(m_next, m_lastOpeningQuote))
            : io::InputError(m_fileName, longRecord, lineOf(m_next)));
}

void CsvRecordScanner::readInto(char* buffer, qint64 offset, qint64 size) const
{
#if defined(Q_OS_UNIX)
    if (m_fd >= 0) {
        for (qint64 have = 0; have < size;) {
            const ssize_t got
                = ::pread(m_fd, buffer + have, std::size_t(size - have), offset + have);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0) {
                throw io::InputError(m_fileName,
                                     got < 0
                                         ? QStringLiteral("cannot be read: %1")
                                               .arg(QString::fromLocal8Bit(std::strerror(errno)))
                                         : QStringLiteral("became shorter while it was read"));
            }
            have += got;
        }
        return;
    }
#endif
    std::memcpy(buffer, m_data + offset, std::size_t(size));
}

int CsvRecordScanner::lineOf(qint64 offset) const
{
    // CRLF, LF and a CR on its own each end a line: a CR counts unless an LF follows it, so
    // each piece is looked at with the byte after it.
    offset = std::clamp<qint64>(offset, 0, m_size);
    constexpr qint64 kPiece = qint64(1) << 20;
    std::vector<char> piece;
    qint64 line = 1;
    for (qint64 at = 0; at < offset; at += kPiece) {
        const qint64 size = std::min(kPiece, offset - at);
        const qint64 withNext = std::min(size + 1, m_size - at);
        const char* bytes = m_data + at;
        if (m_fd >= 0) {
            // Read rather than touch the mapping: the file may be far larger than memory.
            piece.resize(std::size_t(withNext));
            readInto(piece.data(), at, withNext);
            bytes = piece.data();
        }
        for (qint64 i = 0; i < size; ++i) {
            if (bytes[i] == '\n'
                || (bytes[i] == '\r' && (i + 1 >= withNext || bytes[i + 1] != '\n')))
                ++line;
        }
    }
    return toInt(line);
}

int CsvRecordScanner::columnOf(qint64 recordStart, qint64 offset) const
{
    // Slow and simple: replays from a record's start up to offset, honouring quotes.
    int column = 1;
    bool quoted = false;
    for (qint64 i = recordStart; i < offset && i < m_size; ++i) {
        const char c = m_data[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == m_delimiter)
            ++column;
        else if (!quoted && (c == '\n' || c == '\r'))
            column = 1;
    }
    return column;
}

} // namespace egress::tabulate
