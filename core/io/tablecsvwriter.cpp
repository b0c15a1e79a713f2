#include "tablecsvwriter.h"

#include "csvfield.h"
#include "formulaguard.h"
#include "table/numberformat.h"

#include <algorithm>

namespace egress::io {
namespace {

void appendLine(QByteArray& out, const QList<QByteArray>& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(fields.at(i));
    }
    out.append('\n');
}

} // namespace

QByteArray TableCsvWriter::field(const QString& text)
{
    return csvField(guardFormula(text).toUtf8());
}

QByteArray TableCsvWriter::write(const table::Table& table)
{
    const qsizetype labelColumns = table.rowDimensions().size();
    qsizetype levels = 1;
    for (qsizetype column = 0; column < table.columnCount(); ++column)
        levels = std::max(levels, table.columnLabel(column).size());

    QByteArray out;
    for (qsizetype level = 0; level < levels; ++level) {
        QList<QByteArray> fields;
        const bool last = level == levels - 1;
        for (qsizetype i = 0; i < labelColumns; ++i)
            fields.append(last ? field(table.rowDimensions().at(i)) : QByteArray());
        for (qsizetype column = 0; column < table.columnCount(); ++column) {
            // Shorter label paths sit on the lowest lines, next to the values they name.
            const table::LabelPath& labels = table.columnLabel(column);
            const qsizetype index = level - (levels - labels.size());
            fields.append(index >= 0 ? field(labels.at(index)) : QByteArray());
        }
        appendLine(out, fields);
    }
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        QList<QByteArray> fields;
        const table::LabelPath& labels = table.rowLabel(row);
        for (qsizetype i = 0; i < labelColumns; ++i)
            fields.append(field(labels.value(i)));
        for (qsizetype column = 0; column < table.columnCount(); ++column) {
            const table::Cell& cell = table.cell(row, column);
            if (cell.value) {
                fields.append(table::formatNumber(*cell.value).toUtf8());
            } else {
                fields.append(
                    field(cell.sourceText.isEmpty() ? QStringLiteral("*") : cell.sourceText));
            }
        }
        appendLine(out, fields);
    }
    return out;
}

} // namespace egress::io
