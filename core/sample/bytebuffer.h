#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace egress::sample {

// An append-only byte buffer for writing millions of short CSV fields: a plain copy per field,
// without the bookkeeping QByteArray::append does on every call.
class ByteBuffer
{
public:
    explicit ByteBuffer(qsizetype capacity = 1024)
    {
        m_bytes.resize(std::max<qsizetype>(capacity, 16));
        m_data = m_bytes.data();
    }

    void append(const char* data, qsizetype size)
    {
        makeRoom(size);
        std::memcpy(m_data + m_size, data, std::size_t(size));
        m_size += size;
    }
    void append(const QByteArray& bytes) { append(bytes.constData(), bytes.size()); }
    void append(char c)
    {
        makeRoom(1);
        m_data[m_size++] = c;
    }
    void appendNumber(qint64 value)
    {
        char text[24];
        const std::to_chars_result result = std::to_chars(text, text + sizeof text, value);
        append(text, result.ptr - text);
    }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }
    QByteArray toByteArray() const { return QByteArray(m_data, m_size); }
    void clear() { m_size = 0; }

private:
    void makeRoom(qsizetype size)
    {
        if (m_size + size <= m_bytes.size())
            return;
        m_bytes.resize(std::max(2 * m_bytes.size(), m_size + size));
        m_data = m_bytes.data();
    }

    QByteArray m_bytes;
    char* m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace egress::sample
