#include "csvtokenizer.h"

#include "inputerror.h"

#include <algorithm>

namespace egress::io {
namespace {

constexpr int kRecordsToSample = 50;

// Field counts of the first records, honouring quotes; tolerant of malformed input because
// detection must not fail where tokenizing would give the better message.
QList<int> sampleFieldCounts(QStringView text, QChar delimiter)
{
    QList<int> counts;
    int fields = 1;
    bool inQuotes = false;
    bool lineHasContent = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < kRecordsToSample; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            inQuotes = !inQuotes;
            lineHasContent = true;
        } else if (!inQuotes && c == delimiter) {
            ++fields;
            lineHasContent = true;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (lineHasContent)
                counts.append(fields);
            fields = 1;
            lineHasContent = false;
        } else {
            lineHasContent = true;
        }
    }
    if (lineHasContent && counts.size() < kRecordsToSample)
        counts.append(fields);
    return counts;
}

} // namespace

QChar CsvTokenizer::detectDelimiter(QStringView text)
{
    QChar best = kDelimiters[0];
    int bestConsistentFields = 1;
    QChar widestHeader = kDelimiters[0];
    int widestHeaderFields = 1;
    for (const QChar delimiter : kDelimiters) {
        const QList<int> counts = sampleFieldCounts(text, delimiter);
        if (counts.isEmpty())
            continue;
        const bool consistent = std::all_of(counts.cbegin(), counts.cend(),
                                            [&](int count) { return count == counts.first(); });
        if (consistent && counts.first() > bestConsistentFields) {
            best = delimiter;
            bestConsistentFields = counts.first();
        }
        if (counts.first() > widestHeaderFields) {
            widestHeader = delimiter;
            widestHeaderFields = counts.first();
        }
    }
    return bestConsistentFields > 1 ? best : widestHeader;
}

QList<CsvRecord> CsvTokenizer::tokenize(QStringView text, QChar delimiter, const QString& fileName)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    qsizetype i = 0;
    const qsizetype size = text.size();

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
    };
    const auto endRecord = [&] {
        endField();
        const bool blankLine = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blankLine)
            records.append(record);
        record = CsvRecord {};
    };
    const auto consumeLineBreak = [&] {
        // Called on '\r' or '\n'; a CRLF pair is one line break.
        if (text[i] == u'\r' && i + 1 < size && text[i + 1] == u'\n')
            ++i;
        ++i;
        ++line;
    };

    bool quotedFieldJustClosed = false;
    while (i < size) {
        const QChar c = text[i];
        if (c == u'"' && field.isEmpty() && !quotedFieldJustClosed) {
            const int openLine = line;
            const int openColumn = static_cast<int>(record.fields.size()) + 1;
            ++i;
            bool closed = false;
            while (i < size) {
                const QChar q = text[i];
                if (q == u'"') {
                    if (i + 1 < size && text[i + 1] == u'"') {
                        field.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == u'\r' || q == u'\n') {
                    const bool crlf = q == u'\r' && i + 1 < size && text[i + 1] == u'\n';
                    field.append(QLatin1Char('\n'));
                    i += crlf ? 2 : 1;
                    ++line;
                    continue;
                }
                field.append(q);
                ++i;
            }
            if (!closed) {
                throw InputError(
                    fileName,
                    QStringLiteral("unterminated quoted field: the quote opened here is never "
                                   "closed"),
                    openLine, openColumn);
            }
            quotedFieldJustClosed = true;
            continue;
        }
        if (c == delimiter) {
            endField();
            quotedFieldJustClosed = false;
            ++i;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            endRecord();
            quotedFieldJustClosed = false;
            consumeLineBreak();
            record.line = line;
            continue;
        }
        if (quotedFieldJustClosed) {
            // Spaces after a closing quote are harmless; anything else means the quoting is
            // broken and the field boundaries cannot be trusted.
            if (c == u' ') {
                ++i;
                continue;
            }
            throw InputError(
                fileName,
                QStringLiteral("unexpected text after a closing quote (write a quote inside a "
                               "quoted field as \"\")"),
                line, static_cast<int>(record.fields.size()) + 1);
        }
        field.append(c);
        ++i;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || quotedFieldJustClosed)
        endRecord();
    return records;
}

} // namespace egress::io
