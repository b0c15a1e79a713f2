#include "differencing.h"

#include "rules/status.h"
#include "table/numberformat.h"
#include "table/table.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace egress::check {
namespace {

const QString kRule = QStringLiteral("differencing");

struct CellRef
{
    qsizetype row = 0;
    qsizetype column = 0;
};

using CellKey = std::pair<table::LabelPath, table::LabelPath>;

// The count cells of a table in table order, so that findings come out the same every time.
QList<std::pair<CellKey, CellRef>> countCells(const table::Table& table)
{
    QList<std::pair<CellKey, CellRef>> cells;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (qsizetype column = 0; column < table.columnCount(); ++column) {
            if (table.columnRole(column) == table::ColumnRole::Count)
                cells.append({{table.rowLabel(row), table.columnLabel(column)}, {row, column}});
        }
    }
    return cells;
}

QHash<CellKey, CellRef> byLabels(const QList<std::pair<CellKey, CellRef>>& cells)
{
    QHash<CellKey, CellRef> index;
    for (const auto& [key, cell] : cells)
        index.insert(key, cell);
    return index;
}

// No label holds U+FFFF, a noncharacter.
const QString kBandPlaceholder = QString(QChar(0xFFFF));

// A cell's labels with one of them (a band) blanked out: cells that agree on everything else.
CellKey withoutLevel(const CellKey& key, int side, qsizetype level)
{
    CellKey blanked = key;
    (side == 0 ? blanked.first : blanked.second)[level] = kBandPlaceholder;
    return blanked;
}

// "18-64", "18–64", "65+", "85 and over": a band of whole numbers, open above for "+".
struct Band
{
    double low = 0;
    double high = 0;
};

std::optional<Band> bandOf(const QString& label)
{
    static const QRegularExpression range(QStringLiteral(R"(^\s*(\d+)\s*(?:-|–|to)\s*(\d+)\s*$)"));
    static const QRegularExpression open(
        QStringLiteral(R"(^\s*(\d+)\s*(?:\+|and over|or over)\s*$)"));
    if (const auto match = range.match(label); match.hasMatch())
        return Band {match.captured(1).toDouble(), match.captured(2).toDouble()};
    if (const auto match = open.match(label); match.hasMatch())
        return Band {match.captured(1).toDouble(), std::numeric_limits<double>::infinity()};
    return std::nullopt;
}

// Bands that share one end and differ at the other: what lies between them is a sliver.
bool differAtOneEnd(const Band& a, const Band& b)
{
    return (a.low == b.low) != (a.high == b.high);
}

struct Pending
{
    rules::Finding finding;
    int more = 0;
};

class Judge
{
public:
    Judge(QList<OutputResult>& outputs, double t)
        : m_outputs(outputs)
        , m_t(t)
    { }

    // Compares table a (an output, index ia) with b (an output index, or -1 for a release).
    void compare(qsizetype ia, const ComparableTable& a, qsizetype ib, const ComparableTable& b)
    {
        const table::Table& ta = *a.table;
        const table::Table& tb = *b.table;
        if (ta.rowDimensions() != tb.rowDimensions())
            return;
        const QList<std::pair<CellKey, CellRef>> cellsA = countCells(ta);
        const QList<std::pair<CellKey, CellRef>> cellsB = countCells(tb);
        const QHash<CellKey, CellRef> indexB = byLabels(cellsB);
        for (const auto& [key, cell] : cellsA) {
            const auto other = indexB.constFind(key);
            if (other == indexB.cend())
                continue;
            const table::Cell& ca = ta.cell(cell.row, cell.column);
            const table::Cell& cb = tb.cell(other->row, other->column);
            if (ca.value && cb.value) {
                const double d = std::abs(*ca.value - *cb.value);
                if (d > 0 && d < m_t) {
                    note(ia, ta, cell, differ(*ca.value, *cb.value, b.id, d), b.id);
                    if (ib >= 0)
                        note(ib, tb, *other, differ(*cb.value, *ca.value, a.id, d), a.id);
                }
            } else if (!ca.value && cb.value) {
                note(ia, ta, cell, published(b.id, *cb.value), b.id);
            } else if (ca.value && !cb.value && ib >= 0) {
                note(ib, tb, *other, published(a.id, *ca.value), a.id);
            }
        }
        compareBands(ia, a, ib, b, cellsA, cellsB);
    }

    void flush()
    {
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
            OutputResult& output = m_outputs[it.key().first];
            rules::Finding finding = it->finding;
            if (it->more > 0)
                finding.message
                    += QStringLiteral(" (and %1 more such %2)")
                           .arg(it->more)
                           .arg(it->more == 1 ? QStringLiteral("cell") : QStringLiteral("cells"));
            const bool hadFindings = !output.findings.isEmpty();
            output.findings.append(finding);
            output.status = rules::worst(output.status, finding.status);
            const QString phrase = QStringLiteral("differencing with %1").arg(it.key().second);
            output.summary = hadFindings ? output.summary + QStringLiteral("; ") + phrase : phrase;
        }
    }

private:
    QString differ(double here, double there, const QString& where, double d) const
    {
        return QStringLiteral("%1 here and %2 in %3 differ by %4 < %5: the difference is a "
                              "group of %4")
            .arg(table::formatNumber(here), table::formatNumber(there), where,
                 table::formatNumber(d), table::formatNumber(m_t));
    }

    static QString published(const QString& where, double value)
    {
        return QStringLiteral("suppressed here, but %1 publishes it: %2")
            .arg(where, table::formatNumber(value));
    }

    // Bands of one dimension that differ at one end, compared cell by cell on the other labels.
    void compareBands(qsizetype ia, const ComparableTable& a, qsizetype ib,
                      const ComparableTable& b, const QList<std::pair<CellKey, CellRef>>& cellsA,
                      const QList<std::pair<CellKey, CellRef>>& cellsB)
    {
        // B's banded cells, by their other labels.
        QHash<CellKey, QList<std::pair<QString, CellRef>>> bandedB;
        for (const auto& [key, cell] : cellsB) {
            for (int side = 0; side < 2; ++side) {
                const table::LabelPath& path = side == 0 ? key.first : key.second;
                for (qsizetype level = 0; level < path.size(); ++level) {
                    if (bandOf(path.at(level)))
                        bandedB[withoutLevel(key, side, level)].append({path.at(level), cell});
                }
            }
        }
        if (bandedB.isEmpty())
            return;
        for (const auto& [key, cell] : cellsA) {
            for (int side = 0; side < 2; ++side) {
                const table::LabelPath& path = side == 0 ? key.first : key.second;
                for (qsizetype level = 0; level < path.size(); ++level) {
                    const std::optional<Band> band = bandOf(path.at(level));
                    if (!band)
                        continue;
                    const auto candidates = bandedB.constFind(withoutLevel(key, side, level));
                    if (candidates == bandedB.cend())
                        continue;
                    for (const auto& [otherLabel, otherCell] : *candidates) {
                        const std::optional<Band> otherBand = bandOf(otherLabel);
                        if (!differAtOneEnd(*band, *otherBand))
                            continue;
                        const table::Cell& ca = a.table->cell(cell.row, cell.column);
                        const table::Cell& cb = b.table->cell(otherCell.row, otherCell.column);
                        if (!ca.value || !cb.value)
                            continue;
                        const double d = std::abs(*ca.value - *cb.value);
                        if (d <= 0 || d >= m_t)
                            continue;
                        const QString why
                            = QStringLiteral("%1 in %2 here and %3 in %4 of %5 differ by %6 < "
                                             "%7: the bands differ only at one end, so the "
                                             "difference is %6 people")
                                  .arg(table::formatNumber(*ca.value), path.at(level),
                                       table::formatNumber(*cb.value), otherLabel, b.id,
                                       table::formatNumber(d), table::formatNumber(m_t));
                        note(ia, *a.table, cell, why, b.id);
                        if (ib >= 0)
                            note(ib, *b.table, otherCell, why, a.id);
                    }
                }
            }
        }
    }

    void note(qsizetype output, const table::Table& table, const CellRef& cell,
              const QString& message, const QString& partner)
    {
        const std::pair key {output, partner};
        auto found = m_pending.find(key);
        if (found != m_pending.end()) {
            ++found->more;
            return;
        }
        rules::Finding finding {kRule, rules::Status::Fail,
                                rules::CellPosition {cell.row, cell.column,
                                                     table.rowLabel(cell.row),
                                                     table.columnLabel(cell.column)},
                                table.cell(cell.row, cell.column).value, message};
        m_pending.insert(key, {finding, 0});
    }

    QList<OutputResult>& m_outputs;
    double m_t;
    QMap<std::pair<qsizetype, QString>, Pending> m_pending;
};

} // namespace

void Differencing::judge(QList<OutputResult>& outputs, const QList<ComparableTable>& released,
                         double t)
{
    QList<std::pair<qsizetype, ComparableTable>> tables;
    for (qsizetype k = 0; k < outputs.size(); ++k) {
        if (outputs.at(k).table)
            tables.append({k, {outputs.at(k).id, outputs.at(k).table, false}});
    }
    Judge judge(outputs, t);
    for (qsizetype i = 0; i < tables.size(); ++i) {
        for (qsizetype j = i + 1; j < tables.size(); ++j)
            judge.compare(tables.at(i).first, tables.at(i).second, tables.at(j).first,
                          tables.at(j).second);
        for (const ComparableTable& earlier : released)
            judge.compare(tables.at(i).first, tables.at(i).second, -1, earlier);
    }
    judge.flush();
}

} // namespace egress::check
