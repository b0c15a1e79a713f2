#pragma once

#include "csvrecordbatch.h"

#include <QString>
#include <QtGlobal>

#include <exception>
#include <vector>

namespace egress::tabulate {

// One pass over the records of a CSV file, RFC 4180: fields in double quotes may hold
// delimiters, quotes written "" and line breaks; records end at CRLF, LF or CR; blank lines are
// skipped. Only the fields a tabulation wants are cut out of each record.
//
// The file is taken a stretch (a stride, a few hundred KiB) at a time, read with pread() into
// the batch's own buffer as `wc` reads, so that the bytes are in the cache while they are
// looked at and no page of the file stays resident; a stride always begins at a record's start
// (the part of a record that did not fit is read again with the next), so the quote state there
// is known. Within a stride the structural characters (delimiters and line ends outside quotes)
// are found 64 bytes at a time (SSE2, AVX2 or AVX-512, chosen at run time), the inside of
// quotes by a prefix XOR over the quote mask (one carry-less multiplication), the common quoting
// checked on the masks, and the positions of the structural characters written to one array; a
// record is then the span between two line ends, its field count a subtraction, and a wanted
// field two lookups: no branch per byte and no loop over the fields nobody wants.
//
// Stricter than io::CsvTokenizer, which reads small published tables leniently: a quote inside
// an unquoted field is an error here, because in microdata it usually means a broken export,
// and guessing would shift every later field of the row. Spaces after a closing quote are
// allowed, as there.
class CsvRecordScanner
{
public:
    static constexpr qint64 kDefaultStride = qint64(256) << 10;
    // A record may be this long; the stride grows to hold one up to it.
    static constexpr qint64 kMaxRecordBytes = qint64(16) << 20;

    // data[begin, size) holds the records: the whole file in memory or mapped (the header
    // before begin is only used for line numbers, as the data are for error messages). With a
    // file descriptor fd of the same file the strides are read from it instead, with pread(),
    // and data is touched for error messages only. Every record must have `columns` fields;
    // `wanted` lists the columns to cut, ascending. stride is for tests.
    CsvRecordScanner(const char* data, qint64 size, qint64 begin, char delimiter, int columns,
                     std::vector<int> wanted, QString fileName, int fd = -1,
                     qint64 stride = kDefaultStride);

    // Fills batch with the next records (at least one); false once there are none left. Throws
    // InputError (file, line, column) for a ragged record, an unterminated quoted field, a quote
    // inside an unquoted field, text after a closing quote, a record longer than
    // kMaxRecordBytes, or a file that cannot be read; but only once every record before the
    // bad one has been handed out, so that the first bad row of the file is the one reported,
    // whatever kind its problem is.
    bool next(CsvRecordBatch& batch);

    // The 1-based physical line an offset lies on (CRLF, LF and CR each end a line). Counts
    // from the start, so it is meant for error messages only. Safe to call from any thread.
    int lineOf(qint64 offset) const;

private:
    struct Stride;

    void load(CsvRecordBatch& batch, qint64 have, qint64 want) const;
    void cutStride(CsvRecordBatch& batch);
    void classify(const Stride& stride, qint64 from, qint64 blocks, quint64& insideCarry,
                  std::size_t& positionCount, std::size_t& lineEndCount);
    // The offset of the first quoting error among quotes (and sets m_error), or -1.
    qint64 checkQuotes(const Stride& stride, quint64 quotes, quint64 inside, qint64 blockStart);
    void streamPastLongRecord(qint64 from, quint64 insideCarry);
    void readInto(char* buffer, qint64 offset, qint64 size) const;
    int columnOf(qint64 recordStart, qint64 offset) const;

    const char* m_data;
    qint64 m_size;
    char m_delimiter;
    int m_columns;
    std::vector<int> m_wanted;
    QString m_fileName;
    int m_fd;
    qint64 m_stride;

    qint64 m_next; // the file offset of the next record
    qint64 m_lastOpeningQuote = -1;
    std::exception_ptr m_error; // the first problem found, thrown once its records are out

    // One stride's classification, reused: the block masks of a chunk, then the positions
    // (relative to the stride) of every structural character and which of them end a line.
    std::vector<quint64> m_quoteMasks;
    std::vector<quint64> m_delimiterMasks;
    std::vector<quint64> m_lineEndMasks;
    std::vector<quint64> m_insideMasks;
    std::vector<quint32> m_structural;
    std::vector<quint32> m_lineEnds; // indexes into m_structural
};

} // namespace egress::tabulate
