#include "csvtablereader.h"

#include "cellvalueparser.h"
#include "csvtokenizer.h"
#include "inputerror.h"
#include "textdecoder.h"

#include <QHash>

#include <algorithm>

namespace egress::io {
namespace {

bool isAllEmpty(const CsvRecord& record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString& field) { return field.trimmed().isEmpty(); });
}

bool isTextField(const QString& field)
{
    return ParsedCellValue::parse(field).kind == ParsedCellValue::Kind::NotANumber;
}

qsizetype inferLabelColumns(const QList<CsvRecord>& rows, qsizetype columnCount)
{
    qsizetype labels = 0;
    for (qsizetype column = 0; column < columnCount; ++column) {
        qsizetype nonEmpty = 0;
        qsizetype text = 0;
        for (const CsvRecord& row : rows) {
            const QString& field = row.fields.at(column);
            if (field.trimmed().isEmpty())
                continue;
            ++nonEmpty;
            if (isTextField(field))
                ++text;
        }
        if (text * 2 <= nonEmpty || text == 0)
            break;
        ++labels;
    }
    return labels;
}

int toInt(qsizetype value)
{
    return static_cast<int>(value);
}

} // namespace

table::Table CsvTableReader::read(const QByteArray& bytes, const QString& fileName,
                                  const CsvReadOptions& options)
{
    const TextDecoder::Decoded decoded = TextDecoder::decode(bytes, fileName);
    const QChar delimiter = CsvTokenizer::detectDelimiter(decoded.text);
    QList<CsvRecord> records = CsvTokenizer::tokenize(decoded.text, delimiter, fileName);
    records.removeIf(isAllEmpty);
    if (records.isEmpty())
        throw InputError(fileName,
                         QStringLiteral("the file is empty: expected a header line and "
                                        "at least one row"));

    const CsvRecord header = records.takeFirst();
    const qsizetype columnCount = header.fields.size();
    if (records.isEmpty()) {
        throw InputError(fileName, QStringLiteral("has a header line but no data rows"),
                         header.line);
    }
    for (const CsvRecord& record : records) {
        if (record.fields.size() != columnCount) {
            const qsizetype fields = record.fields.size();
            throw InputError(fileName,
                             QStringLiteral("ragged row: %1 fields, but the header has %2")
                                 .arg(fields)
                                 .arg(columnCount),
                             record.line, toInt(std::min(fields, columnCount) + 1));
        }
    }

    qsizetype labelColumns = 0;
    if (options.labelColumns) {
        labelColumns = *options.labelColumns;
        if (labelColumns < 0 || labelColumns >= columnCount) {
            throw InputError(
                fileName,
                QStringLiteral("cannot take %1 label columns: the table has %2 columns and needs "
                               "at least one value column")
                    .arg(labelColumns)
                    .arg(columnCount));
        }
    } else {
        labelColumns = inferLabelColumns(records, columnCount);
        if (labelColumns == columnCount) {
            throw InputError(fileName,
                             QStringLiteral("has no value columns: every column holds text"),
                             header.line);
        }
    }

    QStringList rowDimensions;
    for (qsizetype column = 0; column < labelColumns; ++column)
        rowDimensions.append(header.fields.at(column).trimmed());

    QList<table::LabelPath> columnLabels;
    QHash<QString, qsizetype> seenColumns;
    for (qsizetype column = labelColumns; column < columnCount; ++column) {
        const QString label = header.fields.at(column).trimmed();
        if (label.isEmpty()) {
            throw InputError(fileName, QStringLiteral("value column has no heading"), header.line,
                             toInt(column + 1));
        }
        if (const auto previous = seenColumns.constFind(label); previous != seenColumns.cend()) {
            throw InputError(fileName,
                             QStringLiteral("duplicate column heading '%1' (also column %2)")
                                 .arg(label)
                                 .arg(*previous + 1),
                             header.line, toInt(column + 1));
        }
        seenColumns.insert(label, column);
        columnLabels.append(table::LabelPath {label});
    }

    QList<table::LabelPath> rowLabels;
    QList<table::Cell> cells;
    rowLabels.reserve(records.size());
    cells.reserve(records.size() * columnLabels.size());
    QHash<table::LabelPath, int> seenRows;
    for (const CsvRecord& record : records) {
        table::LabelPath path;
        for (qsizetype column = 0; column < labelColumns; ++column)
            path.append(record.fields.at(column).trimmed());
        if (labelColumns > 0) {
            if (const auto previous = seenRows.constFind(path); previous != seenRows.cend()) {
                throw InputError(fileName,
                                 QStringLiteral("row '%1' appears twice (also on line %2)")
                                     .arg(table::formatLabelPath(path))
                                     .arg(*previous),
                                 record.line, 1);
            }
            seenRows.insert(path, record.line);
        }
        rowLabels.append(path);

        for (qsizetype column = labelColumns; column < columnCount; ++column) {
            const QString& field = record.fields.at(column);
            const ParsedCellValue parsed = ParsedCellValue::parse(field);
            table::Cell cell;
            cell.sourceText = field.trimmed();
            switch (parsed.kind) {
            case ParsedCellValue::Kind::Number:
                cell.value = parsed.number;
                break;
            case ParsedCellValue::Kind::Suppressed:
                cell.upperBound = parsed.upperBound;
                break;
            case ParsedCellValue::Kind::NotANumber:
                throw InputError(
                    fileName,
                    QStringLiteral("%1 in value column '%2'%3")
                        .arg(parsed.problem, header.fields.at(column).trimmed(),
                             options.labelColumns
                                 ? QString()
                                 : QStringLiteral(" (if this column holds row labels, say how many "
                                                  "label columns there are)")),
                    record.line, toInt(column + 1));
            }
            cells.append(std::move(cell));
        }
    }

    return table::Table(std::move(rowDimensions), std::move(rowLabels), std::move(columnLabels),
                        std::move(cells), table::OutputKind::Frequency);
}

} // namespace egress::io
