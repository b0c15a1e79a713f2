#include "tableassembler.h"

#include "categoryorder.h"
#include "table/numberformat.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace egress::tabulate {
namespace {

using Key = QList<quint32>;

QString marginLabel()
{
    return QStringLiteral("Total");
}

// The distinct keys over dimensions [first, first + count), in published order.
QList<Key> distinctParts(const TabulatedCells& cells, int first, int count,
                         const QList<QList<int>>& ranks)
{
    QList<Key> parts;
    QSet<Key> seen;
    const auto dimensions = std::size_t(cells.dimensions());
    for (std::size_t cell = 0; cell < cells.cellCount(); ++cell) {
        Key part;
        for (int d = first; d < first + count; ++d)
            part.append(cells.keys[cell * dimensions + std::size_t(d)]);
        if (!seen.contains(part)) {
            seen.insert(part);
            parts.append(part);
        }
    }
    const auto rankOf = [&](int dimension, quint32 category) {
        return category == TabulatedCells::kTotal ? int(ranks.at(dimension).size())
                                                  : ranks.at(dimension).at(int(category));
    };
    std::sort(parts.begin(), parts.end(), [&](const Key& a, const Key& b) {
        for (int i = 0; i < count; ++i) {
            const int x = rankOf(first + i, a.at(i));
            const int y = rankOf(first + i, b.at(i));
            if (x != y)
                return x < y;
        }
        return false;
    });
    return parts;
}

table::LabelPath labelsOf(const TabulatedCells& cells, int first, const Key& part)
{
    table::LabelPath labels;
    for (qsizetype i = 0; i < part.size(); ++i) {
        const quint32 category = part.at(i);
        labels.append(category == TabulatedCells::kTotal
                          ? marginLabel()
                          : cells.categories.at(first + int(i)).at(int(category)));
    }
    return labels;
}

std::optional<double> valueOf(const CellSummary& summary, Statistic statistic)
{
    switch (statistic) {
    case Statistic::Count:
        return double(summary.units);
    case Statistic::Sum:
        return summary.sum;
    case Statistic::Mean:
        return summary.mean;
    case Statistic::Median:
        return summary.median;
    case Statistic::Min:
        return summary.minimum;
    case Statistic::Max:
        return summary.maximum;
    case Statistic::Std:
        return summary.std;
    }
    return std::nullopt;
}

table::Cell cellOf(std::optional<double> value)
{
    table::Cell cell;
    cell.value = value;
    // ".." is the statisticians' "not available", which every reader takes for an unknown value.
    cell.sourceText = value ? table::formatNumber(*value) : QStringLiteral("..");
    return cell;
}

} // namespace

void TableAssembler::assemble(const TabulatedCells& cells, const TabulationSpec& spec,
                              table::Table& table, table::Evidence& evidence)
{
    QList<QList<int>> ranks;
    for (const QStringList& categories : cells.categories)
        ranks.append(categoryRanks(categories));
    const int rowDims = int(cells.rowDimensions.size());
    const int colDims = int(cells.columnDimensions.size());
    const QList<Key> rowParts = distinctParts(cells, 0, rowDims, ranks);
    const QList<Key> colParts = distinctParts(cells, rowDims, colDims, ranks);

    QHash<Key, std::size_t> cellIndex;
    const auto dimensions = std::size_t(cells.dimensions());
    for (std::size_t cell = 0; cell < cells.cellCount(); ++cell) {
        const auto begin = cells.keys.begin() + std::ptrdiff_t(cell * dimensions);
        cellIndex.insert(Key(begin, begin + std::ptrdiff_t(dimensions)), cell);
    }

    const bool countOnly = !needsValue(spec.statistics);
    const bool statisticHeadings
        = spec.statistics.size() > 1 || spec.statistics.first() != Statistic::Count;
    QList<table::LabelPath> columnLabels;
    QList<table::ColumnRole> roles;
    for (const Key& colPart : colParts) {
        const table::LabelPath categories = labelsOf(cells, rowDims, colPart);
        for (const Statistic statistic : spec.statistics) {
            table::LabelPath labels = categories;
            if (statisticHeadings || labels.isEmpty())
                labels.append(headingOf(statistic));
            columnLabels.append(labels);
            roles.append(columnRoleOf(statistic));
        }
    }

    const CellSummary empty;
    QList<table::LabelPath> rowLabels;
    QList<table::Cell> tableCells;
    tableCells.reserve(rowParts.size() * columnLabels.size());
    for (const Key& rowPart : rowParts) {
        const table::LabelPath row = labelsOf(cells, 0, rowPart);
        rowLabels.append(row);
        for (const Key& colPart : colParts) {
            const auto found = cellIndex.constFind(rowPart + colPart);
            const bool observed = found != cellIndex.constEnd();
            const CellSummary& summary = observed ? cells.summaries[*found] : empty;
            for (const Statistic statistic : spec.statistics)
                tableCells.append(cellOf(valueOf(summary, statistic)));

            table::CellEvidence cellEvidence;
            cellEvidence.row = row;
            cellEvidence.column = labelsOf(cells, rowDims, colPart);
            cellEvidence.units = summary.units;
            cellEvidence.missing = observed ? cells.missing[*found] : 0;
            if (countOnly) {
                // Each unit counts once: X is the count, and no unit's value is disclosed.
                cellEvidence.total = double(summary.units);
            } else {
                cellEvidence.total = summary.sum;
                cellEvidence.top = summary.top;
                cellEvidence.negatives = summary.negatives;
                cellEvidence.minimum = summary.minimum;
                cellEvidence.maximum = summary.maximum;
            }
            evidence.add(std::move(cellEvidence));
        }
    }

    table = table::Table(cells.rowDimensions, std::move(rowLabels), std::move(columnLabels),
                         std::move(tableCells),
                         countOnly ? table::OutputKind::Frequency : table::OutputKind::Magnitude);
    table.setColumnRoles(std::move(roles));

    evidence.rowDimensions = cells.rowDimensions;
    evidence.columnDimensions = cells.columnDimensions;
    evidence.valueName = spec.value;
    QStringList statisticNames;
    for (const Statistic statistic : spec.statistics)
        statisticNames.append(toString(statistic));
    evidence.statistic = statisticNames.join(QLatin1Char(','));
    evidence.unit = spec.unit.isEmpty() ? QStringLiteral("row") : spec.unit.join(QLatin1Char(','));
}

} // namespace egress::tabulate
