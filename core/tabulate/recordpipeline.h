#pragma once

#include "csvrecordbatch.h"

#include <QtGlobal>

#include <array>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>

namespace egress::tabulate {

class CsvRecordScanner;

// Hands the batches of a CsvRecordScanner to one consumer in file order, the scanner running on
// a thread of its own a few batches ahead (reading and cutting records while the consumer
// tabulates them), or on the consumer's thread. Either way the consumer sees the same batches,
// and the scanner's error only after every batch before it: results, and which bad row is
// reported, do not depend on the threading.
class RecordPipeline
{
public:
    RecordPipeline(CsvRecordScanner& scanner, bool threaded);
    // Stops the scanner's thread, also when the consumer gave up on an error of its own.
    ~RecordPipeline();

    RecordPipeline(const RecordPipeline&) = delete;
    RecordPipeline& operator=(const RecordPipeline&) = delete;

    // The next batch (valid until the next call), or nullptr after the last. Rethrows the
    // scanner's error once the batches before it have been handed out.
    const CsvRecordBatch* next();

private:
    // Enough batches for the scanner to stay ahead through the consumer's slower stretches;
    // each holds one stride of the file.
    static constexpr quint32 kBatches = 4;
    // Flags beside the counts: the two sides wait on the counters themselves (atomic wait: a
    // short spin, then a futex), so that a hand-over costs no lock and, mostly, no system call.
    static constexpr quint32 kCount = 0x3FFFFFFFu;
    static constexpr quint32 kDone = 0x40000000u; // in m_filled: no more batches
    static constexpr quint32 kStop = 0x40000000u; // in m_released: the consumer has gone

    void produce();

    CsvRecordScanner& m_scanner;
    std::array<CsvRecordBatch, kBatches> m_batches;
    std::atomic<quint32> m_filled {0}; // batches the scanner has filled, | kDone
    std::atomic<quint32> m_released {0}; // batches the consumer is done with, | kStop
    quint32 m_taken = 0; // batches handed to the consumer (its own)
    bool m_holding = false; // the consumer holds batch m_taken - 1
    std::exception_ptr m_error; // written before kDone is set
    std::thread m_thread; // last: started once the rest is ready
};

} // namespace egress::tabulate
