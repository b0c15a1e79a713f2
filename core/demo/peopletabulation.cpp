#include "peopletabulation.h"

#include "io/csvfield.h"
#include "protect/roundingprotector.h"
#include "tabulate/tabulator.h"

#include <cmath>

namespace egress::demo {
namespace {

const QString kUnitColumn = QStringLiteral("person");
const QString kValueColumn = QStringLiteral("value");

QStringList namesOf(const QList<PersonColumn>& columns)
{
    QStringList names;
    for (const PersonColumn& column : columns)
        names.append(column.name);
    return names;
}

} // namespace

tabulate::Tabulation PeopleTabulation::tabulate(const QList<CldPerson>& people,
                                                const QList<PersonColumn>& rows,
                                                const QList<PersonColumn>& cols, const Value& value,
                                                const QList<tabulate::Statistic>& statistics)
{
    const QList<PersonColumn> dimensions = rows + cols;
    QByteArray csv = kUnitColumn.toUtf8();
    for (const PersonColumn& column : dimensions)
        csv += ',' + io::csvField(column.name.toUtf8());
    if (value)
        csv += ',' + kValueColumn.toUtf8();
    csv += '\n';

    QStringList categories;
    for (qsizetype index = 0; index < people.size(); ++index) {
        const CldPerson& person = people.at(index);
        categories.clear();
        for (const PersonColumn& column : dimensions) {
            categories.append(column.category(person));
            if (categories.constLast().isEmpty())
                break;
        }
        if (categories.size() < dimensions.size() || categories.constLast().isEmpty())
            continue;
        std::optional<double> amount;
        if (value) {
            amount = value(person);
            if (!amount)
                continue;
        }
        csv += QByteArray::number(index);
        for (const QString& category : categories)
            csv += ',' + io::csvField(category.toUtf8());
        if (amount)
            csv += ',' + QByteArray::number(*amount, 'f', 2);
        csv += '\n';
    }

    tabulate::TabulationSpec spec;
    spec.rows = namesOf(rows);
    spec.cols = namesOf(cols);
    spec.value = value ? kValueColumn : QString();
    spec.statistics = statistics;
    spec.unit = {kUnitColumn};
    spec.margins = true;
    return tabulate::Tabulator::tabulate(csv, QStringLiteral("people.csv"), spec);
}

table::Table PeopleTabulation::rounded(const table::Table& table, int base, int above, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    QList<table::Cell> cells;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (qsizetype column = 0; column < table.columnCount(); ++column) {
            table::Cell cell = table.cell(row, column);
            const bool isCount = table.columnRole(column) == table::ColumnRole::Count;
            if (cell.value && !isCount)
                cell.value = std::round(*cell.value * scale) / scale;
            else if (cell.value)
                cell.value = protect::RoundingProtector::roundedValue(*cell.value, {base, above});
            cells.append(cell);
        }
    }
    return table.withCells(std::move(cells));
}

} // namespace egress::demo
