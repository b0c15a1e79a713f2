#include "recordpipeline.h"

#include "csvrecordscanner.h"

namespace egress::tabulate {

RecordPipeline::RecordPipeline(CsvRecordScanner& scanner, bool threaded)
    : m_scanner(scanner)
{
    if (threaded)
        m_thread = std::thread(&RecordPipeline::produce, this);
}

RecordPipeline::~RecordPipeline()
{
    if (!m_thread.joinable())
        return;
    m_released.fetch_or(kStop, std::memory_order_release);
    m_released.notify_one();
    m_thread.join();
}

const CsvRecordBatch* RecordPipeline::next()
{
    if (!m_thread.joinable()) {
        CsvRecordBatch& batch = m_batches.front();
        return m_scanner.next(batch) ? &batch : nullptr;
    }
    if (m_holding) {
        m_holding = false; // the batch handed out last is free again
        m_released.fetch_add(1, std::memory_order_release);
        m_released.notify_one();
    }
    quint32 filled = m_filled.load(std::memory_order_acquire);
    while ((filled & kCount) == m_taken && (filled & kDone) == 0) {
        m_filled.wait(filled, std::memory_order_acquire);
        filled = m_filled.load(std::memory_order_acquire);
    }
    if ((filled & kCount) != m_taken) {
        m_holding = true;
        return &m_batches[m_taken++ % kBatches];
    }
    if (m_error)
        std::rethrow_exception(m_error);
    return nullptr;
}

void RecordPipeline::produce()
{
    quint32 filled = 0;
    const auto finish = [this, &filled] {
        m_filled.store(filled | kDone, std::memory_order_release);
        m_filled.notify_one();
    };
    try {
        while (true) {
            // A batch is free once the consumer is done with it: neither queued nor held.
            quint32 released = m_released.load(std::memory_order_acquire);
            while ((released & kStop) == 0 && filled - (released & kCount) >= kBatches) {
                m_released.wait(released, std::memory_order_acquire);
                released = m_released.load(std::memory_order_acquire);
            }
            if ((released & kStop) != 0)
                return;
            if (!m_scanner.next(m_batches[filled % kBatches])) {
                finish();
                return;
            }
            ++filled;
            m_filled.store(filled, std::memory_order_release);
            m_filled.notify_one();
        }
    } catch (...) {
        m_error = std::current_exception();
        finish();
    }
}

} // namespace egress::tabulate
