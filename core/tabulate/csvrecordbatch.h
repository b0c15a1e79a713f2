#pragma once

#include <QtGlobal>

#include <string_view>
#include <vector>

namespace egress::tabulate {

// The whole records of one stretch of a CSV file, as CsvRecordScanner cut them: the bytes, and
// where each wanted field of each record begins and ends. Offsets, not copies of fields, so that
// scanning allocates nothing per row; a batch keeps its bytes (and its buffers, reused from
// batch to batch) until the scanner fills it again, so that it can be handed to another thread.
class CsvRecordBatch
{
public:
    int count() const { return m_count; }
    // The raw bytes of the slot-th wanted field of a record, quotes and spaces as written.
    std::string_view field(int record, int slot) const
    {
        const quint32* bounds = boundsOf(record, slot);
        return {m_data + bounds[0], bounds[1] - bounds[0]};
    }
    // Where that field begins in the file, for error messages.
    qint64 fieldOffset(int record, int slot) const { return m_offset + boundsOf(record, slot)[0]; }
    // The file offset just past the last record's line end.
    qint64 end() const { return m_end; }

private:
    friend class CsvRecordScanner;

    const quint32* boundsOf(int record, int slot) const
    {
        return m_bounds.data()
            + (std::size_t(record) * std::size_t(m_slots) + std::size_t(slot)) * 2;
    }

    qint64 m_offset = 0; // the file offset of m_data[0]
    qint64 m_end = 0;
    const char* m_data = nullptr; // into the file in memory, or m_buffer
    std::vector<char> m_buffer; // the bytes, when they are read from a file
    int m_slots = 0;
    int m_count = 0;
    std::vector<quint32> m_bounds; // per record and slot: begin and end, relative to m_data
};

} // namespace egress::tabulate
