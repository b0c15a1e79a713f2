#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace egress::io {

struct CsvRecord
{
    QStringList fields;
    int line = 0; // physical line on which the record starts (1-based)
};

// RFC 4180 record splitting: quoted fields with doubled quotes, delimiters and line breaks inside
// quotes, CRLF, LF or lone CR line ends. Blank lines are skipped. Fields are returned as written
// (not trimmed): deciding what a field means is the table reader's job.
class CsvTokenizer
{
public:
    // The delimiters we accept, in order of preference when two fit equally well.
    static constexpr QChar kDelimiters[] = {u',', u';', u'\t', u'|'};

    // Picks the delimiter that splits the first records into the same number (> 1) of fields,
    // preferring more fields; falls back to the one that splits the header most, then ','.
    static QChar detectDelimiter(QStringView text);

    // Throws InputError (naming fileName, line and column) for an unterminated quoted field or
    // text after a closing quote.
    static QList<CsvRecord> tokenize(QStringView text, QChar delimiter, const QString& fileName);
};

} // namespace egress::io
