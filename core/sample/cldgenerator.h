#pragma once

#include <QByteArrayList>
#include <QString>
#include <QtGlobal>

#include <functional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace egress::sample {

// Writes a synthetic North West London Adult Social Care Client Level Data extract (docs:
// cld.md): one CSV row per event (request, assessment, service, review), the person's fields
// repeated on each of the person's rows, NHS England's column names and code lists. The real
// extract never leaves the Secure Data Environment; this one stands in for it in demos, tests and
// benchmarks.
//
// Rows are streamed: memory stays small and constant per row, however many rows are asked for.
// The output is a function of the options alone, byte for byte, on every platform.
class CldGenerator
{
public:
    struct Options
    {
        quint64 seed = 1;
        // The catalogue figures of the real extract.
        qint64 persons = 23366;
        qint64 events = 145853;
    };
    // Told now and then how far the writing is: rows written so far, and rows in all.
    using Progress = std::function<void(qint64 written, qint64 total)>;

    CldGenerator();
    // Throws std::invalid_argument for fewer than one person, fewer events than persons (every
    // person has at least one event) or more events than the generator can allocate.
    explicit CldGenerator(const Options& options);

    const Options& options() const { return m_options; }

    static const QByteArrayList& columnNames();

    // Writes the header line and every event row to device, which must be open for writing.
    // Throws io::InputError naming the device's file when it refuses bytes.
    void write(QIODevice& device, const Progress& progress = {}) const;
    // Writes the rows to path all or nothing: they stream into a temporary file beside it, which
    // replaces path only once every row is on disk. Throws io::InputError naming path.
    void writeFile(const QString& path, const Progress& progress = {}) const;

private:
    Options m_options;
};

} // namespace egress::sample
