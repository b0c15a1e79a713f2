#include "csvrecordscanner.h"

#include "io/inputerror.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace egress::tabulate {
namespace {

constexpr qint64 kBlock = 64;
// Scanned pages are given back in steps this large, a multiple of every page size.
constexpr qint64 kReleaseStep = qint64(64) << 20;

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

int toInt(qint64 value)
{
    return value > qint64(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max()
                                                           : static_cast<int>(value);
}

} // namespace

CsvRecordScanner::CsvRecordScanner(const char* data, qint64 size, qint64 begin, char delimiter,
                                   int columns, QString fileName, bool releaseConsumed)
    : m_data(data)
    , m_size(size)
    , m_delimiter(delimiter)
    , m_columns(columns)
    , m_fileName(std::move(fileName))
    , m_releaseConsumed(releaseConsumed)
    , m_nextBlock(begin)
    , m_recordStart(begin)
{
#if defined(Q_OS_LINUX) && defined(MADV_SEQUENTIAL)
    if (m_releaseConsumed && size > 0)
        madvise(const_cast<char*>(data), std::size_t(size), MADV_SEQUENTIAL);
#endif
}

#if defined(__x86_64__) && defined(__GNUC__)
// The same masks 32 bytes at a time, on processors that have AVX2 (chosen at run time, so
// that the program still runs on any x86-64).
__attribute__((target("avx2"))) void avx2Masks(const char* bytes, char delimiterChar,
                                               quint64& quoteBits, quint64& delimiterBits,
                                               quint64& lineEndBits)
{
    const __m256i quote = _mm256_set1_epi8('"');
    const __m256i delimiter = _mm256_set1_epi8(delimiterChar);
    const __m256i lineFeed = _mm256_set1_epi8('\n');
    const __m256i carriageReturn = _mm256_set1_epi8('\r');
    for (int part = 0; part < 2; ++part) {
        // No lambda here: it would not inherit the function's target.
        const __m256i chunk
            = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bytes + part * 32));
        const int shift = part * 32;
        quoteBits |= quint64(quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(chunk, quote))))
            << shift;
        delimiterBits |= quint64(quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(chunk, delimiter))))
            << shift;
        lineEndBits
            |= quint64(quint32(_mm256_movemask_epi8(_mm256_or_si256(
                   _mm256_cmpeq_epi8(chunk, lineFeed), _mm256_cmpeq_epi8(chunk, carriageReturn)))))
            << shift;
    }
}

const bool kHasAvx2 = __builtin_cpu_supports("avx2");
#endif

// Inlined into loadBlock: it runs once per 64 bytes of the file.
inline CsvRecordScanner::Masks CsvRecordScanner::masksAt(qint64 offset) const
{
    const char* bytes = m_data + offset;
    alignas(32) char tail[kBlock];
    if (m_size - offset < kBlock) {
        // Zero bytes are not special, so the block's end reads as the middle of a field.
        std::memset(tail, 0, sizeof tail);
        std::memcpy(tail, bytes, std::size_t(m_size - offset));
        bytes = tail;
    }
    Masks masks;
#if defined(__x86_64__) && defined(__GNUC__)
    if (kHasAvx2) {
        avx2Masks(bytes, m_delimiter, masks.quote, masks.delimiter, masks.lineEnd);
        return masks;
    }
#endif
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i delimiter = _mm_set1_epi8(m_delimiter);
    const __m128i lineFeed = _mm_set1_epi8('\n');
    const __m128i carriageReturn = _mm_set1_epi8('\r');
    for (int part = 0; part < 4; ++part) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + part * 16));
        const auto bits = [part](__m128i matches) {
            return quint64(quint32(_mm_movemask_epi8(matches))) << (part * 16);
        };
        masks.quote |= bits(_mm_cmpeq_epi8(chunk, quote));
        masks.delimiter |= bits(_mm_cmpeq_epi8(chunk, delimiter));
        masks.lineEnd |= bits(
            _mm_or_si128(_mm_cmpeq_epi8(chunk, lineFeed), _mm_cmpeq_epi8(chunk, carriageReturn)));
    }
#else
    for (int i = 0; i < kBlock; ++i) {
        const quint64 bit = quint64(1) << i;
        const char c = bytes[i];
        if (c == '"')
            masks.quote |= bit;
        else if (c == m_delimiter)
            masks.delimiter |= bit;
        else if (c == '\n' || c == '\r')
            masks.lineEnd |= bit;
    }
#endif
    return masks;
}

inline bool CsvRecordScanner::loadBlock()
{
    if (m_nextBlock >= m_size)
        return false;
    const Masks masks = masksAt(m_nextBlock);
    const quint64 inside = prefixXor(masks.quote) ^ m_insideCarry;
    if (masks.quote != 0)
        checkQuotes(masks.quote, inside, m_nextBlock);
    m_insideCarry = quint64(0) - (inside >> 63);
    m_pending = (masks.delimiter | masks.lineEnd) & ~inside;
    m_lineEnds = masks.lineEnd & ~inside;
    m_block = m_nextBlock;
    m_nextBlock += kBlock;
    return true;
}

void CsvRecordScanner::checkQuotes(quint64 quotes, quint64 inside, qint64 blockStart)
{
    const auto isBoundary = [this](char c) { return c == m_delimiter || c == '\n' || c == '\r'; };
    while (quotes != 0) {
        const int bit = std::countr_zero(quotes);
        quotes &= quotes - 1;
        const qint64 at = blockStart + bit;
        if (((inside >> bit) & 1) != 0) {
            // An opening quote starts a field, or follows a closing one ("" inside quotes).
            if (at > 0 && !isBoundary(m_data[at - 1]) && m_data[at - 1] != '"') {
                throw io::InputError(m_fileName,
                                     QStringLiteral("a quote inside an unquoted field (quote the "
                                                    "whole field and write the quote as \"\")"),
                                     lineOf(at), columnOf(at));
            }
            m_lastOpeningQuote = at;
            continue;
        }
        qint64 next = at + 1;
        if (next < m_size && m_data[next] == '"')
            continue; // "" : the next quote opens again
        while (next < m_size && m_data[next] == ' ')
            ++next;
        if (next < m_size && !isBoundary(m_data[next])) {
            throw io::InputError(m_fileName,
                                 QStringLiteral("unexpected text after a closing quote (write a "
                                                "quote inside a quoted field as \"\")"),
                                 lineOf(next), columnOf(next));
        }
    }
}

bool CsvRecordScanner::next(CsvRecordBatch& batch)
{
    batch.m_data = m_data;
    batch.m_columns = m_columns;
    batch.m_count = 0;
    batch.m_starts.resize(CsvRecordBatch::kCapacity);
    batch.m_fieldEnds.resize(std::size_t(CsvRecordBatch::kCapacity) * std::size_t(m_columns));
    if (m_finished)
        return false;
    if (m_releaseConsumed)
        releaseScanned();

    // The hot loop works on locals: stores through `ends` could otherwise alias the members
    // and force them back to memory after every field.
    const auto columns = static_cast<std::size_t>(m_columns);
    qint64* starts = batch.m_starts.data();
    quint32* ends = batch.m_fieldEnds.data();
    qint64 recordStart = m_recordStart;
    std::size_t fieldIndex = std::size_t(m_fieldIndex);
    int count = 0;

    const auto endRecord = [&](qint64 at) {
        const qint64 length = at - recordStart;
        if (fieldIndex == 1 && length == 0) {
            fieldIndex = 0; // a blank line
            recordStart = at + 1;
            return;
        }
        if (fieldIndex != columns) {
            m_recordStart = recordStart;
            raggedRecord(toInt(qint64(fieldIndex)));
        }
        if (length > qint64(std::numeric_limits<quint32>::max())) {
            throw io::InputError(m_fileName, QStringLiteral("a record longer than 4 GiB"),
                                 lineOf(recordStart));
        }
        starts[count] = recordStart;
        ++count;
        ends += columns;
        fieldIndex = 0;
        recordStart = at + 1;
    };

    while (count < CsvRecordBatch::kCapacity) {
        if (m_pending == 0) {
            m_recordStart = recordStart;
            m_fieldIndex = static_cast<int>(fieldIndex);
            if (loadBlock())
                continue;
            // The end of the data: a last record without a line end.
            if (m_insideCarry != 0) {
                throw io::InputError(m_fileName,
                                     QStringLiteral("unterminated quoted field: the quote opened "
                                                    "here is never closed"),
                                     lineOf(m_lastOpeningQuote), columnOf(m_lastOpeningQuote));
            }
            if (recordStart < m_size || fieldIndex > 0) {
                if (fieldIndex < columns)
                    ends[fieldIndex] = quint32(m_size - recordStart);
                ++fieldIndex;
                endRecord(m_size);
            }
            m_finished = true;
            break;
        }
        const quint64 single = m_pending & (quint64(0) - m_pending);
        m_pending ^= single;
        const qint64 at = m_block + std::countr_zero(single);
        if (fieldIndex < columns)
            ends[fieldIndex] = quint32(at - recordStart);
        ++fieldIndex;
        if ((m_lineEnds & single) != 0)
            endRecord(at);
    }
    m_recordStart = recordStart;
    m_fieldIndex = static_cast<int>(fieldIndex);
    batch.m_count = count;
    return count > 0 || !m_finished;
}

void CsvRecordScanner::raggedRecord(int fields) const
{
    throw io::InputError(
        m_fileName,
        QStringLiteral("ragged row: %1 fields, but the header has %2").arg(fields).arg(m_columns),
        lineOf(m_recordStart), std::min(fields, m_columns) + 1);
}

void CsvRecordScanner::releaseScanned()
{
#if defined(Q_OS_LINUX) && defined(MADV_DONTNEED)
    const qint64 upTo = m_recordStart / kReleaseStep * kReleaseStep;
    if (upTo <= m_released)
        return;
    // Clean pages of a read-only file mapping: dropping them only costs a re-read from the page
    // cache should an error message need to count lines there.
    madvise(const_cast<char*>(m_data) + m_released, std::size_t(upTo - m_released), MADV_DONTNEED);
    m_released = upTo;
#endif
}

int CsvRecordScanner::lineOf(qint64 offset) const
{
    qint64 line = 1;
    for (qint64 i = 0; i < offset && i < m_size; ++i) {
        if (m_data[i] == '\n' || (m_data[i] == '\r' && (i + 1 >= m_size || m_data[i + 1] != '\n')))
            ++line;
    }
    return toInt(line);
}

int CsvRecordScanner::columnOf(qint64 offset) const
{
    // Slow and simple: replays the current record up to offset, honouring quotes.
    int column = 1;
    bool quoted = false;
    for (qint64 i = m_recordStart; i < offset && i < m_size; ++i) {
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
