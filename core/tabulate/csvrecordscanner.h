#pragma once

#include <QString>
#include <QtGlobal>

#include <string_view>
#include <vector>

namespace egress::tabulate {

// The records the scanner found since the last call: where each starts and where each of its
// fields ends. Offsets, not copies, so that scanning allocates nothing per row.
class CsvRecordBatch
{
public:
    static constexpr int kCapacity = 1024;

    int count() const { return m_count; }
    // The raw bytes of field `field` of record `record`, quotes and spaces as written.
    std::string_view field(int record, int field) const
    {
        const quint32* ends = m_fieldEnds.data() + std::size_t(record) * std::size_t(m_columns);
        const quint32 begin = field == 0 ? 0 : ends[field - 1] + 1;
        return {m_data + m_starts[std::size_t(record)] + begin, ends[field] - begin};
    }
    qint64 recordStart(int record) const { return m_starts[std::size_t(record)]; }
    // The byte offset of a field, for error messages.
    qint64 fieldOffset(int record, int field) const
    {
        return m_starts[std::size_t(record)]
            + (field == 0 ? 0
                          : m_fieldEnds[std::size_t(record) * std::size_t(m_columns)
                                        + std::size_t(field) - 1]
                       + 1);
    }

private:
    friend class CsvRecordScanner;

    const char* m_data = nullptr;
    int m_columns = 0;
    int m_count = 0;
    std::vector<qint64> m_starts;
    std::vector<quint32> m_fieldEnds; // kCapacity × columns, relative to the record's start
};

// One pass over CSV bytes in memory (a mapped file), RFC 4180: fields in double quotes may hold
// delimiters, quotes written "" and line breaks; records end at CRLF, LF or CR; blank lines are
// skipped. Structural characters are found 64 bytes at a time (SSE2 where available) and the
// inside of quotes by a prefix XOR over the quote mask, so that the common row costs a few
// instructions per field and no branch per byte.
//
// Stricter than io::CsvTokenizer, which reads small published tables leniently: a quote inside
// an unquoted field is an error here, because in microdata it usually means a broken export,
// and guessing would shift every later field of the row. Spaces after a closing quote are
// allowed, as there.
class CsvRecordScanner
{
public:
    // data[begin, size) holds the records (the header before begin is only used for line
    // numbers). Every record must have `columns` fields. With releaseConsumed, mapped pages that
    // have been scanned are given back to the kernel as the scan goes on, so that resident
    // memory does not grow with the file (Linux).
    CsvRecordScanner(const char* data, qint64 size, qint64 begin, char delimiter, int columns,
                     QString fileName, bool releaseConsumed = false);

    // Fills batch with the next records; false once there are none left. Throws InputError
    // (file, line, column) for a ragged record, an unterminated quoted field, a quote inside an
    // unquoted field, or text after a closing quote.
    bool next(CsvRecordBatch& batch);

    qint64 position() const { return m_recordStart; }

    // The 1-based physical line an offset lies on (CRLF, LF and CR each end a line). Counts
    // from the start, so it is meant for error messages only.
    int lineOf(qint64 offset) const;

private:
    struct Masks
    {
        quint64 quote = 0;
        quint64 delimiter = 0;
        quint64 lineEnd = 0;
    };

    bool loadBlock();
    Masks masksAt(qint64 offset) const;
    void checkQuotes(quint64 quotes, quint64 inside, qint64 blockStart);
    [[noreturn]] void raggedRecord(int fields) const;
    int columnOf(qint64 offset) const;
    void releaseScanned();

    const char* m_data;
    qint64 m_size;
    char m_delimiter;
    int m_columns;
    QString m_fileName;
    bool m_releaseConsumed;

    qint64 m_nextBlock; // the offset of the next 64-byte block to load
    qint64 m_block = 0; // the offset of the block whose structural bits are pending
    quint64 m_pending = 0; // structural characters of m_block not yet processed
    quint64 m_lineEnds = 0; // which of them end a record
    quint64 m_insideCarry = 0; // all ones when the previous block ended inside quotes
    qint64 m_lastOpeningQuote = -1;
    qint64 m_recordStart;
    int m_fieldIndex = 0;
    qint64 m_released = 0; // bytes before this offset have been given back
    bool m_finished = false;
};

} // namespace egress::tabulate
