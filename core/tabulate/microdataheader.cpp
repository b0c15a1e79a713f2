#include "microdataheader.h"

#include "io/csvtokenizer.h"
#include "io/inputerror.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace egress::tabulate {
namespace {

// Enough of the file to tell the delimiter from several records.
constexpr qint64 kSniffBytes = 64 * 1024;

} // namespace

MicrodataHeader MicrodataHeader::read(const char* data, qint64 size, const QString& fileName)
{
    qint64 begin = 0;
    if (size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        begin = 3;
    const qint64 sniffEnd = std::min(size, begin + kSniffBytes);
    if (size >= 2
        && (std::memcmp(data, "\xFF\xFE", 2) == 0 || std::memcmp(data, "\xFE\xFF", 2) == 0)) {
        throw io::InputError(fileName,
                             QStringLiteral("is UTF-16: microdata are read as UTF-8 (save or "
                                            "export the file as UTF-8 CSV)"));
    }
    if (std::find(data, data + sniffEnd, '\0') != data + sniffEnd) {
        throw io::InputError(fileName,
                             QStringLiteral("holds NUL bytes: it is not a UTF-8 text file"));
    }
    if (std::all_of(data + begin, data + size,
                    [](char c) { return c == '\n' || c == '\r' || c == ' ' || c == '\t'; })) {
        throw io::InputError(fileName,
                             QStringLiteral("the file is empty: expected a header line and at "
                                            "least one row"));
    }

    // Blank lines before the header are skipped, as the records' blank lines are.
    while (begin < size && (data[begin] == '\n' || data[begin] == '\r'))
        ++begin;
    qint64 end = begin;
    bool quoted = false;
    while (end < size && (quoted || (data[end] != '\n' && data[end] != '\r'))) {
        if (data[end] == '"')
            quoted = !quoted;
        ++end;
    }
    MicrodataHeader header;
    header.dataBegin = end + 1;
    if (end < size && data[end] == '\r' && end + 1 < size && data[end + 1] == '\n')
        header.dataBegin = end + 2;

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString headerText = decoder.decode(QByteArrayView(data + begin, end - begin));
    if (decoder.hasError())
        throw io::InputError(fileName, QStringLiteral("the header line is not valid UTF-8"), 1);

    // The delimiter is judged on the first records, cut at a line end so that a half record
    // does not make a delimiter look inconsistent.
    QByteArrayView sniff(data + begin, sniffEnd - begin);
    if (const qsizetype lastBreak = sniff.lastIndexOf('\n'); lastBreak > 0)
        sniff = sniff.first(lastBreak);
    const QChar delimiter = io::CsvTokenizer::detectDelimiter(QString::fromUtf8(sniff));
    header.delimiter = delimiter.toLatin1();
    const QList<io::CsvRecord> records
        = io::CsvTokenizer::tokenize(headerText, delimiter, fileName);
    if (!records.isEmpty()) {
        for (const QString& column : records.first().fields)
            header.columns.append(column.trimmed());
    }
    if (header.dataBegin >= size) {
        throw io::InputError(fileName, QStringLiteral("has a header line but no data rows"),
                             records.isEmpty() ? 1 : records.first().line);
    }
    return header;
}

int MicrodataHeader::indexOf(const QString& name, const QString& purpose,
                             const QString& fileName) const
{
    const qsizetype index = columns.indexOf(name.trimmed());
    if (index < 0) {
        QString known = columns.mid(0, 8).join(QStringLiteral(", "));
        if (columns.size() > 8)
            known += QStringLiteral(", …");
        throw io::InputError(fileName,
                             QStringLiteral("has no column '%1' for %2 (the header has: %3)")
                                 .arg(name, purpose, known),
                             1);
    }
    const qsizetype again = columns.indexOf(name.trimmed(), index + 1);
    if (again >= 0) {
        throw io::InputError(fileName,
                             QStringLiteral("column '%1' appears twice in the header (columns %2 "
                                            "and %3): it is ambiguous")
                                 .arg(name)
                                 .arg(index + 1)
                                 .arg(again + 1),
                             1, int(again + 1));
    }
    return int(index);
}

} // namespace egress::tabulate
