#include "gridtablereader.h"

#include "cellvalueparser.h"
#include "formulaguard.h"
#include "inputerror.h"
#include "longtablepivot.h"
#include "tableclassifier.h"

#include <QHash>

#include <algorithm>

namespace egress::io {
namespace {

int toInt(qsizetype value)
{
    return static_cast<int>(value);
}

bool isBlank(const QString& field)
{
    return field.trimmed().isEmpty();
}

// A label as the table names it, without the apostrophe that guards it against formula
// injection (ours and other writers put one before "=1+1").
QString labelText(const QString& field)
{
    return unguardFormula(field.trimmed());
}

bool isAllEmpty(const CsvRecord& record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(), isBlank);
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
        qsizetype numbers = 0;
        for (const CsvRecord& row : rows) {
            const QString& field = row.fields.at(column);
            if (isBlank(field))
                continue;
            ++nonEmpty;
            const ParsedCellValue::Kind kind = ParsedCellValue::parse(field).kind;
            text += kind == ParsedCellValue::Kind::NotANumber ? 1 : 0;
            numbers += kind == ParsedCellValue::Kind::Number ? 1 : 0;
        }
        // Mostly text makes labels. So does text beside nothing but words that would be
        // suppression markers in a value column: R names the term of `lm(y ~ x)` "x".
        if (text == 0 || (text * 2 <= nonEmpty && numbers > 0))
            break;
        ++labels;
    }
    return labels;
}

bool labelFieldsEmpty(const CsvRecord& record, qsizetype labelColumns)
{
    return std::all_of(record.fields.cbegin(), record.fields.cbegin() + labelColumns, isBlank);
}

bool labelFieldsFilled(const CsvRecord& record, qsizetype labelColumns)
{
    return labelColumns > 0
        && std::none_of(record.fields.cbegin(), record.fields.cbegin() + labelColumns, isBlank);
}

// Every value field is a heading (text) or empty, and at least one is text.
bool valueFieldsAreHeadings(const CsvRecord& record, qsizetype labelColumns)
{
    bool anyText = false;
    for (qsizetype column = labelColumns; column < record.fields.size(); ++column) {
        const QString& field = record.fields.at(column);
        if (isBlank(field))
            continue;
        if (!isTextField(field))
            return false;
        anyText = true;
    }
    return anyText;
}

bool valueFieldsEmpty(const CsvRecord& record, qsizetype labelColumns)
{
    return std::all_of(record.fields.cbegin() + labelColumns, record.fields.cend(), isBlank);
}

// A heading line that spans several columns with one heading, as merged cells (a heading, then
// blanks) or repeated headings (pandas' MultiIndex) do: the mark of an upper header level.
bool groupsColumns(const CsvRecord& record, qsizetype labelColumns)
{
    for (qsizetype column = labelColumns + 1; column < record.fields.size(); ++column) {
        const QString previous = record.fields.at(column - 1).trimmed();
        const QString current = record.fields.at(column).trimmed();
        if (!previous.isEmpty() && (current.isEmpty() || current == previous))
            return true;
    }
    return false;
}

struct HeaderBlock
{
    qsizetype headingLines = 1; // lines that name value columns
    bool indexNamesLine = false; // pandas' line of row dimension names follows them
    qsizetype lines() const { return headingLines + (indexNamesLine ? 1 : 0); }
};

HeaderBlock detectHeader(const QList<CsvRecord>& records, qsizetype labelColumns)
{
    HeaderBlock block;
    while (block.headingLines < records.size()) {
        const CsvRecord& above = records.at(block.headingLines - 1);
        const CsvRecord& candidate = records.at(block.headingLines);
        if (!valueFieldsAreHeadings(candidate, labelColumns))
            break;
        const bool continuesHeader = groupsColumns(above, labelColumns)
            || labelFieldsEmpty(above, labelColumns) || labelFieldsEmpty(candidate, labelColumns);
        if (!continuesHeader)
            break;
        ++block.headingLines;
    }
    // pandas writes the index names on a line of their own when the columns have a name. It is
    // taken as such only when data follows it, so that a table is never read as all header.
    const qsizetype next = block.headingLines;
    if (next + 1 < records.size() && labelFieldsFilled(records.at(next), labelColumns)
        && valueFieldsEmpty(records.at(next), labelColumns)
        && !valueFieldsEmpty(records.at(next + 1), labelColumns))
        block.indexNamesLine = true;
    return block;
}

// The column heading paths, upper levels first. Empty upper headings inherit from the left,
// as merged cells exported to CSV leave them.
QList<table::LabelPath> columnPaths(const QList<CsvRecord>& headers, qsizetype labelColumns,
                                    const QString& fileName)
{
    const qsizetype columnCount = headers.constFirst().fields.size();
    QList<table::LabelPath> paths(columnCount - labelColumns);
    for (qsizetype level = 0; level < headers.size(); ++level) {
        const bool upper = level + 1 < headers.size();
        QString inherited;
        for (qsizetype column = labelColumns; column < columnCount; ++column) {
            QString heading = labelText(headers.at(level).fields.at(column));
            if (upper) {
                if (heading.isEmpty())
                    heading = inherited;
                inherited = heading;
            }
            if (!heading.isEmpty())
                paths[column - labelColumns].append(heading);
        }
    }
    QHash<table::LabelPath, qsizetype> seen;
    for (qsizetype index = 0; index < paths.size(); ++index) {
        const int column = toInt(labelColumns + index + 1);
        const int line = headers.constLast().line;
        if (paths.at(index).isEmpty())
            throw InputError(fileName, QStringLiteral("value column has no heading"), line, column);
        if (const auto previous = seen.constFind(paths.at(index)); previous != seen.cend()) {
            throw InputError(fileName,
                             QStringLiteral("duplicate column heading '%1' (also column %2)")
                                 .arg(table::formatLabelPath(paths.at(index)))
                                 .arg(labelColumns + *previous + 1),
                             line, column);
        }
        seen.insert(paths.at(index), index);
    }
    return paths;
}

// Each label column is named by the last header line that names it.
QStringList rowDimensionNames(const QList<CsvRecord>& headerLines, qsizetype labelColumns)
{
    QStringList names;
    for (qsizetype column = 0; column < labelColumns; ++column) {
        QString name;
        for (const CsvRecord& line : headerLines) {
            const QString field = labelText(line.fields.at(column));
            if (!field.isEmpty())
                name = field;
        }
        names.append(name);
    }
    return names;
}

table::Cell parseCell(const QString& field, const QString& heading, const QString& fileName,
                      const CsvRecord& record, qsizetype column, bool labelColumnsDeclared)
{
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
        throw InputError(fileName,
                         QStringLiteral("%1 in value column '%2'%3")
                             .arg(parsed.problem, heading,
                                  labelColumnsDeclared
                                      ? QString()
                                      : QStringLiteral(" (if this column holds row labels, say "
                                                       "how many label columns there are)")),
                         record.line, toInt(column + 1));
    }
    return cell;
}

qsizetype resolveLabelColumns(const QList<CsvRecord>& records, const TableLayout& layout,
                              const QString& fileName)
{
    const qsizetype columnCount = records.constFirst().fields.size();
    if (layout.labelColumns) {
        const qsizetype labelColumns = *layout.labelColumns;
        if (labelColumns < 0 || labelColumns >= columnCount) {
            throw InputError(
                fileName,
                QStringLiteral("cannot take %1 label columns: the table has %2 columns and needs "
                               "at least one value column")
                    .arg(labelColumns)
                    .arg(columnCount));
        }
        return labelColumns;
    }
    const qsizetype firstData = layout.headerRows ? *layout.headerRows : 1;
    const qsizetype labelColumns = inferLabelColumns(records.mid(firstData), columnCount);
    if (labelColumns == columnCount) {
        throw InputError(fileName, QStringLiteral("has no value columns: every column holds text"),
                         records.constFirst().line);
    }
    return labelColumns;
}

} // namespace

table::Table GridTableReader::read(QList<CsvRecord> records, const QString& fileName,
                                   const TableLayout& layout)
{
    records.removeIf(isAllEmpty);
    if (records.isEmpty())
        throw InputError(fileName,
                         QStringLiteral("the file is empty: expected a header line and "
                                        "at least one row"));
    const qsizetype columnCount = records.constFirst().fields.size();
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
    if (layout.headerRows && (*layout.headerRows < 1 || *layout.headerRows >= records.size())) {
        throw InputError(fileName,
                         QStringLiteral("cannot take %1 header lines: the table has %2 "
                                        "lines and needs at least one data row")
                             .arg(*layout.headerRows)
                             .arg(records.size()));
    }
    if (records.size() == 1) {
        throw InputError(fileName, QStringLiteral("has a header line but no data rows"),
                         records.constFirst().line);
    }

    const qsizetype labelColumns = resolveLabelColumns(records, layout, fileName);
    HeaderBlock header;
    if (layout.headerRows)
        header.headingLines = *layout.headerRows;
    else
        header = detectHeader(records, labelColumns);
    const QList<CsvRecord> headerLines = records.first(header.lines());
    const QList<CsvRecord> dataRows = records.sliced(header.lines());
    if (dataRows.isEmpty()) {
        throw InputError(fileName, QStringLiteral("has header lines but no data rows"),
                         headerLines.constLast().line);
    }

    const QList<table::LabelPath> columnLabels
        = columnPaths(headerLines.first(header.headingLines), labelColumns, fileName);
    QStringList headings;
    for (const table::LabelPath& path : columnLabels)
        headings.append(table::formatLabelPath(path));

    QList<table::LabelPath> rowLabels;
    QList<table::Cell> cells;
    QList<int> rowLines;
    rowLabels.reserve(dataRows.size());
    cells.reserve(dataRows.size() * columnLabels.size());
    QHash<table::LabelPath, int> seenRows;
    const QStringList dimensionNames = rowDimensionNames(headerLines, labelColumns);
    // A wide table declares its column dimensions too ("cols": ["setting"]), but has no label
    // column of that name: only a long table has one to pivot.
    const bool pivoting
        = std::any_of(layout.columnDimensions.cbegin(), layout.columnDimensions.cend(),
                      [&](const QString& name) { return dimensionNames.contains(name); });
    for (const CsvRecord& record : dataRows) {
        table::LabelPath path;
        for (qsizetype column = 0; column < labelColumns; ++column)
            path.append(labelText(record.fields.at(column)));
        // A long table repeats its row labels once per column category: the pivot checks those.
        if (labelColumns > 0 && !pivoting) {
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
        rowLines.append(record.line);
        for (qsizetype column = labelColumns; column < columnCount; ++column) {
            cells.append(parseCell(record.fields.at(column), headings.at(column - labelColumns),
                                   fileName, record, column, layout.labelColumns.has_value()));
        }
    }

    table::Table table(dimensionNames, std::move(rowLabels), columnLabels, std::move(cells));
    if (pivoting)
        table = LongTablePivot::pivot(table, rowLines, layout.columnDimensions, fileName);
    TableClassifier::classify(table, layout);
    TableClassifier::markStructuralZeros(table, layout.structuralZeros, fileName);
    return table;
}

} // namespace egress::io
