#include "filetestsupport.h"
#include "io/evidencejson.h"
#include "io/tablecsvwriter.h"
#include "table/numberformat.h"
#include "tabulate/tabulator.h"

#include <QTemporaryDir>
#include <QtTest>

#include <stdexcept>

using egress::table::LabelPath;
using egress::tabulate::Statistic;
using egress::tabulate::Tabulation;
using egress::tabulate::TabulationSpec;
using egress::tabulate::Tabulator;

namespace {

QByteArray readData(const QString& name)
{
    QFile file(QStringLiteral(EGRESS_TEST_DATA_DIR "/tabulate/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QList<Statistic> statisticsOf(const QString& names)
{
    QList<Statistic> statistics;
    for (const QString& name : names.split(QLatin1Char(',')))
        statistics.append(*egress::tabulate::statisticFromString(name));
    return statistics;
}

TabulationSpec specOf(const QString& rows, const QString& cols, const QString& value,
                      const QString& statistics, const QString& unit, bool margins)
{
    TabulationSpec spec;
    spec.rows = rows.split(QLatin1Char(','), Qt::SkipEmptyParts);
    spec.cols = cols.split(QLatin1Char(','), Qt::SkipEmptyParts);
    spec.value = value;
    spec.statistics = statisticsOf(statistics);
    spec.unit = unit.split(QLatin1Char(','), Qt::SkipEmptyParts);
    spec.margins = margins;
    return spec;
}

// "North|A|sum" → the published text of that cell: row labels, then column labels.
QString cellText(const egress::table::Table& table, const QString& path)
{
    const QStringList labels = path.split(QLatin1Char('|'));
    const qsizetype rowLevels = table.rowDimensions().size();
    const LabelPath row = labels.mid(0, rowLevels);
    const LabelPath column = labels.mid(rowLevels);
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        if (table.rowLabel(r) != row)
            continue;
        for (qsizetype c = 0; c < table.columnCount(); ++c) {
            if (table.columnLabel(c) == column) {
                const egress::table::Cell& cell = table.cell(r, c);
                return cell.value ? egress::table::formatNumber(*cell.value) : cell.sourceText;
            }
        }
    }
    return QStringLiteral("<no cell %1>").arg(path);
}

// Rows "p<person>,<area>,<kind>,<value>" over several of the scanner's strides (so that the
// second thread runs ahead of the first): people's rows together, then apart, quoted and
// CRLF-ended areas, missing values. Also returns each area's sum, worked out as written.
QByteArray manyRows(int rows, QMap<QString, qint64>* sums = nullptr)
{
    QByteArray csv = "id,area,kind,cost\n";
    const QList<QByteArray> areas {"North", "\"South, far\"", "\"East\r\nside\""};
    const QList<QString> labels {QStringLiteral("North"), QStringLiteral("South, far"),
                                 QStringLiteral("East\r\nside")};
    for (int i = 0; i < rows; ++i) {
        const int person = i < rows / 2 ? i / 6 : (i * 7919) % (rows / 5);
        const int area = (person + i / 3) % 3;
        csv += "p" + QByteArray::number(person) + "," + areas[area] + ",k"
            + QByteArray::number(i % 4) + ",";
        if (i % 5 != 0) {
            csv += QByteArray::number(i % 1000);
            if (sums)
                (*sums)[labels[area]] += i % 1000;
        }
        csv += i % 2 == 0 ? "\r\n" : "\n";
    }
    return csv;
}

QString stdError(const std::function<void()>& action)
{
    try {
        action();
    } catch (const std::invalid_argument& error) {
        return QString::fromUtf8(error.what());
    }
    return QStringLiteral("<no invalid_argument>");
}

} // namespace

class TestTabulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data();
    void cells();
    void evidence_data();
    void evidence();
    void topContributionsAreTheTenLargestDescending();
    void layout();
    void categoriesSortNumericallyWithMissingLast();
    void emptyDimensionValueIsMissing();
    void rowsWithoutUnitAreDroppedAndCounted();
    void unitFallsBackToTheNextColumn();
    void quotedFieldsAndCrLf();
    void manyRowsAcrossBatchesAndBlocks();
    void fileAndBytesAgreeAndAreDeterministic();
    void threadsAndSourcesGiveTheSameBytes();
    void badInput_data();
    void badInput();
    void firstBadRowLateInTheFile_data();
    void firstBadRowLateInTheFile();
    void unreadableFile();
    void badSpec_data();
    void badSpec();
};

// services.csv, by hand (unit totals per cell; p1 has 10 + 5 in North × A):
//   North × A: p1 15, p5 1          South × A: p1 4, p3 3 (and one NA row)
//   North × B: p2 7                 South × B: p4 −2
//   Total × A: p1 19, p3 3, p5 1    North × Total: p1 15, p2 7, p5 1
//   Total × Total: p1 19, p2 7, p3 3, p4 −2, p5 1
void TestTabulator::cells_data()
{
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("cols");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("statistics");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("margins");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char* name, const char* cols, const char* stats, const char* unit,
                        bool margins, const char* cell, const char* expected) {
        QTest::newRow(name) << QStringLiteral("area") << QString::fromUtf8(cols)
                            << QStringLiteral("cost") << QString::fromUtf8(stats)
                            << QString::fromUtf8(unit) << margins << QString::fromUtf8(cell)
                            << QString::fromUtf8(expected);
    };
    // A unit with several rows in one cell is one contributor of their sum.
    row("count: p1's two rows count once", "kind", "count", "id", false, "North|A", "2");
    row("sum of unit totals", "kind", "sum", "id", false, "North|A|sum", "16");
    row("mean over units, not rows", "kind", "mean", "id", false, "North|A|mean", "8");
    row("median, even n: mean of the middle two", "kind", "median", "id", false, "North|A|median",
        "8");
    row("median, odd n", "kind", "median", "id", true, "Total|Total|median", "3");
    row("min of unit totals", "kind", "min", "id", false, "North|A|min", "1");
    row("max of unit totals", "kind", "max", "id", false, "North|A|max", "15");
    row("sample std (n − 1)", "kind", "std", "id", false, "North|A|std", "9.89949493661");
    row("std of one unit is undefined", "kind", "std", "id", false, "North|B|std", "..");
    row("negative unit total", "kind", "sum", "id", false, "South|B|sum", "-2");
    // A missing value is dropped: p3 counts through their other row only.
    row("missing value dropped from the sum", "kind", "sum", "id", false, "South|A|sum", "7");
    row("missing value: unit still counted by its valued row", "kind", "count", "id", false,
        "South|A", "2");
    // Margins count distinct units: p1 is in North and South.
    row("margin counts p1 once", "kind", "count", "id", true, "Total|A", "3");
    row("margin sums p1's totals", "kind", "sum", "id", true, "Total|A|sum", "23");
    row("row margin", "kind", "mean", "id", true, "North|Total|mean", "7.66666666667");
    row("row margin median", "kind", "median", "id", true, "North|Total|median", "7");
    row("row margin std", "kind", "std", "id", true, "North|Total|std", "7.02376916857");
    row("grand total count", "kind", "count", "id", true, "Total|Total", "5");
    row("grand total sum", "kind", "sum", "id", true, "Total|Total|sum", "28");
    row("grand total std", "kind", "std", "id", true, "Total|Total|std", "8.17312669668");
    row("margin without column dimensions", "", "count", "id", true, "Total|n", "5");
    row("count without column dimensions", "", "count", "id", false, "North|n", "3");
    // Without a unit column every row is a unit, as in ACRO.
    row("no unit: rows", "kind", "count", "", false, "North|A", "3");
    row("no unit: sum", "kind", "sum", "", false, "North|A|sum", "16");
    row("no unit: mean over rows", "kind", "mean", "", false, "North|A|mean", "5.33333333333");
    row("no unit: margin counts rows", "kind", "count", "", true, "Total|Total", "7");
    row("several statistics", "kind", "count,sum,mean", "id", false, "North|A|n", "2");
    row("several statistics: sum", "kind", "count,sum,mean", "id", false, "North|A|sum", "16");
}

void TestTabulator::cells()
{
    QFETCH(QString, rows);
    QFETCH(QString, cols);
    QFETCH(QString, value);
    QFETCH(QString, statistics);
    QFETCH(QString, unit);
    QFETCH(bool, margins);
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    const Tabulation tabulation = Tabulator::tabulate(
        readData(QStringLiteral("services.csv")), QStringLiteral("services.csv"),
        specOf(rows, cols, value, statistics, unit, margins));
    QCOMPARE(cellText(tabulation.table, cell), expected);
}

void TestTabulator::evidence_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("col");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<double>("total");
    QTest::addColumn<QList<double>>("top");
    QTest::addColumn<qint64>("negatives");
    QTest::addColumn<qint64>("missing");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");

    QTest::newRow("North × A") << "North"
                               << "A" << qint64(2) << 16.0 << QList<double> {15, 1} << qint64(0)
                               << qint64(0) << 1.0 << 15.0;
    QTest::newRow("South × A: one NA row")
        << "South"
        << "A" << qint64(2) << 7.0 << QList<double> {4, 3} << qint64(0) << qint64(1) << 3.0 << 4.0;
    QTest::newRow("South × B: negative")
        << "South"
        << "B" << qint64(1) << -2.0 << QList<double> {-2} << qint64(1) << qint64(0) << -2.0 << -2.0;
    QTest::newRow("Total × A: p1's totals summed")
        << "Total"
        << "A" << qint64(3) << 23.0 << QList<double> {19, 3, 1} << qint64(0) << qint64(1) << 1.0
        << 19.0;
    QTest::newRow("Total × Total")
        << "Total"
        << "Total" << qint64(5) << 28.0 << QList<double> {19, 7, 3, 1, -2} << qint64(1) << qint64(1)
        << -2.0 << 19.0;
}

void TestTabulator::evidence()
{
    QFETCH(QString, row);
    QFETCH(QString, col);
    QFETCH(qint64, units);
    QFETCH(double, total);
    QFETCH(QList<double>, top);
    QFETCH(qint64, negatives);
    QFETCH(qint64, missing);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    const Tabulation tabulation = Tabulator::tabulate(
        readData(QStringLiteral("services.csv")), QStringLiteral("services.csv"),
        specOf(QStringLiteral("area"), QStringLiteral("kind"), QStringLiteral("cost"),
               QStringLiteral("sum"), QStringLiteral("id"), true));
    // Found by the table's column label, statistic heading included, as the rules look it up.
    const egress::table::CellEvidence* cell
        = tabulation.evidence.find(LabelPath {row}, LabelPath {col, QStringLiteral("sum")});
    QVERIFY(cell);
    QCOMPARE(cell->column, LabelPath {col});
    QCOMPARE(cell->units, units);
    QCOMPARE(cell->total, total);
    QCOMPARE(cell->top, top);
    QCOMPARE(cell->negatives, negatives);
    QCOMPARE(cell->missing, missing);
    QCOMPARE(cell->minimum, std::optional<double>(minimum));
    QCOMPARE(cell->maximum, std::optional<double>(maximum));
    QCOMPARE(tabulation.evidence.statistic, QStringLiteral("sum"));
    QCOMPARE(tabulation.evidence.valueName, QStringLiteral("cost"));
    QCOMPARE(tabulation.evidence.rowDimensions, QStringList {QStringLiteral("area")});
    QCOMPARE(tabulation.evidence.columnDimensions, QStringList {QStringLiteral("kind")});
    // Every published cell has evidence: 3 rows × 3 column categories.
    QCOMPARE(tabulation.evidence.cells().size(), 9);
}

void TestTabulator::topContributionsAreTheTenLargestDescending()
{
    // Twelve people with 1..12, in a scrambled order, one of them over two rows (6 = 2 + 4).
    QByteArray csv = "id,g,v\n";
    for (const int value : {7, 3, 12, 1, 9, 5, 11, 8, 10, 2})
        csv += "p" + QByteArray::number(value) + ",x," + QByteArray::number(value) + "\n";
    csv += "p6,x,2\np4,x,4\np6,x,4\n";
    const Tabulation tabulation
        = Tabulator::tabulate(csv, QStringLiteral("t.csv"),
                              specOf(QStringLiteral("g"), QString(), QStringLiteral("v"),
                                     QStringLiteral("sum"), QStringLiteral("id"), false));
    const egress::table::CellEvidence* cell
        = tabulation.evidence.find(LabelPath {QStringLiteral("x")}, LabelPath {});
    QVERIFY(cell);
    QCOMPARE(cell->units, 12);
    QCOMPARE(cell->total, 78.0);
    QCOMPARE(cell->top, (QList<double> {12, 11, 10, 9, 8, 7, 6, 5, 4, 3}));
}

void TestTabulator::layout()
{
    const Tabulation tabulation = Tabulator::tabulate(
        readData(QStringLiteral("services.csv")), QStringLiteral("services.csv"),
        specOf(QStringLiteral("area"), QStringLiteral("kind"), QStringLiteral("cost"),
               QStringLiteral("count,mean"), QStringLiteral("id"), true));
    const egress::table::Table& table = tabulation.table;
    QVERIFY(table.kind() == egress::table::OutputKind::Magnitude);
    QCOMPARE(table.rowDimensions(), QStringList {QStringLiteral("area")});
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.rowLabel(0), LabelPath {QStringLiteral("North")});
    QCOMPARE(table.rowLabel(2), LabelPath {QStringLiteral("Total")});
    QVERIFY(table.isMarginRow(2));
    QCOMPARE(table.columnCount(), 6);
    QCOMPARE(table.columnLabel(0), (LabelPath {QStringLiteral("A"), QStringLiteral("n")}));
    QCOMPARE(table.columnLabel(1), (LabelPath {QStringLiteral("A"), QStringLiteral("mean")}));
    QCOMPARE(table.columnLabel(5), (LabelPath {QStringLiteral("Total"), QStringLiteral("mean")}));
    QVERIFY(table.columnRole(0) == egress::table::ColumnRole::Count);
    QVERIFY(table.columnRole(1) == egress::table::ColumnRole::Mean);
    QVERIFY(table.isMarginColumn(5));
    QCOMPARE(tabulation.rowsRead, 8);
    QCOMPARE(tabulation.units, 5);
    QCOMPARE(tabulation.missingValues, 1);

    const Tabulation counts = Tabulator::tabulate(
        readData(QStringLiteral("services.csv")), QStringLiteral("services.csv"),
        specOf(QStringLiteral("area"), QStringLiteral("kind"), QString(), QStringLiteral("count"),
               QStringLiteral("id"), false));
    QVERIFY(counts.table.kind() == egress::table::OutputKind::Frequency);
    // A count alone needs no heading: the columns are the categories.
    QCOMPARE(counts.table.columnLabel(0), LabelPath {QStringLiteral("A")});
    // Without a value column every row counts, NA or not: p3 is in South × A.
    QCOMPARE(cellText(counts.table, QStringLiteral("South|A")), QStringLiteral("2"));
    // A count's evidence: X is the count, and no one's value is listed.
    const egress::table::CellEvidence* cell = counts.evidence.find(
        LabelPath {QStringLiteral("North")}, LabelPath {QStringLiteral("A")});
    QVERIFY(cell);
    QCOMPARE(cell->total, 2.0);
    QVERIFY(cell->top.isEmpty());
}

void TestTabulator::categoriesSortNumericallyWithMissingLast()
{
    const QByteArray csv = "band,label\n10,b\n9,a\n,a\n100,b\n9,Zed\n9,apple\n";
    const Tabulation tabulation
        = Tabulator::tabulate(csv, QStringLiteral("t.csv"),
                              specOf(QStringLiteral("band,label"), QString(), QString(),
                                     QStringLiteral("count"), QString(), true));
    QStringList rows;
    for (qsizetype r = 0; r < tabulation.table.rowCount(); ++r)
        rows.append(tabulation.table.rowLabel(r).join(QLatin1Char('/')));
    // Numbers numerically, text by code points (capitals first), Missing and Total last.
    QCOMPARE(rows,
             QString::fromUtf8("9/Zed 9/a 9/apple 9/Total 10/b 10/Total 100/b 100/Total Missing/a "
                               "Missing/Total Total/Zed Total/a Total/apple Total/b "
                               "Total/Total")
                 .split(QLatin1Char(' ')));
}

void TestTabulator::emptyDimensionValueIsMissing()
{
    const QByteArray csv = "id,area,v\np1,North,1\np2,  ,2\np3,,3\np4,Missing,4\n";
    const Tabulation tabulation
        = Tabulator::tabulate(csv, QStringLiteral("t.csv"),
                              specOf(QStringLiteral("area"), QString(), QStringLiteral("v"),
                                     QStringLiteral("sum"), QStringLiteral("id"), false));
    QCOMPARE(tabulation.table.rowCount(), 2);
    QCOMPARE(tabulation.table.rowLabel(1), LabelPath {QStringLiteral("Missing")});
    // Empty, blank and a category spelt "Missing" are one category.
    QCOMPARE(cellText(tabulation.table, QStringLiteral("Missing|sum")), QStringLiteral("9"));
}

void TestTabulator::rowsWithoutUnitAreDroppedAndCounted()
{
    const QByteArray csv = "id,area,v\np1,North,1\n,North,100\n  ,South,5\np2,North,2\n";
    const Tabulation tabulation
        = Tabulator::tabulate(csv, QStringLiteral("t.csv"),
                              specOf(QStringLiteral("area"), QString(), QStringLiteral("v"),
                                     QStringLiteral("sum"), QStringLiteral("id"), false));
    QCOMPARE(tabulation.rowsRead, 4);
    QCOMPARE(tabulation.rowsWithoutUnit, 2);
    QCOMPARE(tabulation.units, 2);
    QCOMPARE(cellText(tabulation.table, QStringLiteral("North|sum")), QStringLiteral("3"));
    // South had only a row without a unit: it is not a category at all.
    QCOMPARE(tabulation.table.rowCount(), 1);
}

void TestTabulator::unitFallsBackToTheNextColumn()
{
    // p1 has an NHS id; two rows have only a local id; a local id spelt like an NHS id is
    // another person, because it comes from another column.
    const QByteArray csv = "nhs,local,area,v\nA1,L1,N,1\n,L2,N,2\n,L2,N,3\nA1,L9,N,4\n,A1,N,5\n";
    const Tabulation tabulation = Tabulator::tabulate(
        csv, QStringLiteral("t.csv"),
        specOf(QStringLiteral("area"), QString(), QStringLiteral("v"), QStringLiteral("count,sum"),
               QStringLiteral("nhs,local"), false));
    QCOMPARE(cellText(tabulation.table, QStringLiteral("N|n")), QStringLiteral("3"));
    const egress::table::CellEvidence* cell
        = tabulation.evidence.find(LabelPath {QStringLiteral("N")}, LabelPath {});
    QVERIFY(cell);
    QCOMPARE(cell->top, (QList<double> {5, 5, 5}));
    QCOMPARE(tabulation.rowsWithoutUnit, 0);
}

void TestTabulator::quotedFieldsAndCrLf()
{
    const Tabulation tabulation
        = Tabulator::tabulate(readData(QStringLiteral("quoted.csv")), QStringLiteral("quoted.csv"),
                              specOf(QStringLiteral("area,kind"), QString(), QStringLiteral("cost"),
                                     QStringLiteral("sum"), QStringLiteral("id"), false));
    QCOMPARE(tabulation.rowsRead, 3);
    QCOMPARE(cellText(tabulation.table, QStringLiteral("North, inner|A \"quoted\"|sum")),
             QStringLiteral("10"));
    QCOMPARE(cellText(tabulation.table, QStringLiteral("North, inner|multi\r\nline|sum")),
             QStringLiteral("2"));
    QCOMPARE(cellText(tabulation.table, QStringLiteral("South|A|sum")), QStringLiteral("3.5"));
}

void TestTabulator::manyRowsAcrossBatchesAndBlocks()
{
    // More rows than one scanner batch, quoted fields straddling 64-byte blocks, and people
    // whose rows are not together: the counts must still be exact.
    QByteArray csv = "id,note,group,v\n";
    const int rows = 5000;
    qint64 expectedSum[3] = {0, 0, 0};
    for (int i = 0; i < rows; ++i) {
        const int person = (i * 7) % 1000;
        const int group = person % 3;
        csv += "p" + QByteArray::number(person) + ",\"a, long \"\"note\"\" ";
        csv += QByteArray(i % 50, 'x') + "\",g" + QByteArray::number(group) + ","
            + QByteArray::number(i % 10) + "\n";
        expectedSum[group] += i % 10;
    }
    const Tabulation tabulation
        = Tabulator::tabulate(csv, QStringLiteral("t.csv"),
                              specOf(QStringLiteral("group"), QString(), QStringLiteral("v"),
                                     QStringLiteral("count,sum"), QStringLiteral("id"), true));
    QCOMPARE(tabulation.rowsRead, rows);
    // Persons 0..999: 334 with person % 3 == 0, 333 each otherwise.
    QCOMPARE(cellText(tabulation.table, QStringLiteral("g0|n")), QStringLiteral("334"));
    QCOMPARE(cellText(tabulation.table, QStringLiteral("g1|n")), QStringLiteral("333"));
    QCOMPARE(cellText(tabulation.table, QStringLiteral("Total|n")), QStringLiteral("1000"));
    QCOMPARE(cellText(tabulation.table, QStringLiteral("g2|sum")), QString::number(expectedSum[2]));
}

void TestTabulator::fileAndBytesAgreeAndAreDeterministic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("services.csv"));
    egress::testing::writeFile(path, readData(QStringLiteral("services.csv")));
    const TabulationSpec spec
        = specOf(QStringLiteral("area"), QStringLiteral("kind"), QStringLiteral("cost"),
                 QStringLiteral("count,sum,median,std"), QStringLiteral("id"), true);
    const Tabulation first = Tabulator::tabulate(path, spec);
    const Tabulation second = Tabulator::tabulate(path, spec);
    const Tabulation fromBytes
        = Tabulator::tabulate(readData(QStringLiteral("services.csv")), path, spec);
    const QByteArray table = egress::io::TableCsvWriter::write(first.table);
    const QByteArray evidence = egress::io::EvidenceJson::write(first.evidence);
    QCOMPARE(egress::io::TableCsvWriter::write(second.table), table);
    QCOMPARE(egress::io::EvidenceJson::write(second.evidence), evidence);
    QCOMPARE(egress::io::TableCsvWriter::write(fromBytes.table), table);
    QCOMPARE(egress::io::EvidenceJson::write(fromBytes.evidence), evidence);
}

void TestTabulator::threadsAndSourcesGiveTheSameBytes()
{
    // About 1.3 MB: several strides, so that with two threads the scanner is batches ahead.
    QMap<QString, qint64> sums;
    const int rows = 60000;
    const QByteArray csv = manyRows(rows, &sums);
    QVERIFY(csv.size() > 4 * 256 * 1024);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    egress::testing::writeFile(path, csv);
    const TabulationSpec spec
        = specOf(QStringLiteral("area"), QStringLiteral("kind"), QStringLiteral("cost"),
                 QStringLiteral("count,sum,median,std"), QStringLiteral("id"), true);
    QList<Tabulation> tabulations;
    for (const Tabulator::Threads threads : {Tabulator::Threads::One, Tabulator::Threads::Two}) {
        tabulations.append(Tabulator::tabulate(path, spec, {}, threads));
        tabulations.append(Tabulator::tabulate(csv, path, spec, {}, threads));
    }
    const Tabulation& first = tabulations.front();
    QCOMPARE(first.rowsRead, rows);
    QCOMPARE(first.missingValues, rows / 5);
    for (auto area = sums.cbegin(); area != sums.cend(); ++area)
        QCOMPARE(cellText(first.table, area.key() + QStringLiteral("|Total|sum")),
                 QString::number(area.value()));
    const QByteArray table = egress::io::TableCsvWriter::write(first.table);
    const QByteArray evidence = egress::io::EvidenceJson::write(first.evidence);
    for (const Tabulation& other : tabulations) {
        QCOMPARE(egress::io::TableCsvWriter::write(other.table), table);
        QCOMPARE(egress::io::EvidenceJson::write(other.evidence), evidence);
        QCOMPARE(other.units, first.units);
    }
}

void TestTabulator::firstBadRowLateInTheFile_data()
{
    QTest::addColumn<QByteArray>("badRows");
    QTest::addColumn<QString>("message");

    // After 60 000 good rows (lines 2 to 60 001): the scanner, on its own thread, has long
    // found a quoting error or a ragged row when the tabulation reaches the bad value before it.
    QTest::newRow("a bad value") << QByteArray("p1,North,k1,ten\n")
                                 << "line 60002, column 4: 'ten' in value column 'cost' is not a "
                                    "number";
    QTest::newRow("a bad value, then a ragged row")
        << QByteArray("p1,North,k1,ten\np2,North\n")
        << "line 60002, column 4: 'ten' in value column 'cost' is not a number";
    QTest::newRow("a bad value, then a quoting error")
        << QByteArray("p1,North,k1,ten\np2,\"North\"x,k1,1\n")
        << "line 60002, column 4: 'ten' in value column 'cost' is not a number";
    QTest::newRow("a ragged row, then a bad value")
        << QByteArray("p2,North\np1,North,k1,ten\n")
        << "line 60002, column 3: ragged row: 2 fields, but the header has 4";
    QTest::newRow("a quoting error, then a bad value")
        << QByteArray("p2,\"North\"x,k1,1\np1,North,k1,ten\n")
        << "line 60002, column 2: unexpected text after a closing quote (write a quote inside a "
           "quoted field as \"\")";
    QTest::newRow("a category that reads as a margin")
        << QByteArray("p1,Total,k1,1\n")
        << "line 60002, column 2: category 'Total' in column 'area' would read as a margin "
           "(Total, All and Overall name margins): rename it";
}

void TestTabulator::firstBadRowLateInTheFile()
{
    QFETCH(QByteArray, badRows);
    QFETCH(QString, message);
    // No CRLF here, so that the line of a row is its number plus one.
    const QByteArray csv = manyRows(60000).replace("\r\n", "\n").replace("\"East\nside\"", "East")
        + badRows + "p3,North,k1,1\n";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    egress::testing::writeFile(path, csv);
    const TabulationSpec spec
        = specOf(QStringLiteral("area"), QStringLiteral("kind"), QStringLiteral("cost"),
                 QStringLiteral("sum"), QStringLiteral("id"), true);
    for (const Tabulator::Threads threads : {Tabulator::Threads::One, Tabulator::Threads::Two}) {
        QCOMPARE(
            egress::testing::inputErrorOf([&] { Tabulator::tabulate(path, spec, {}, threads); }),
            path + QStringLiteral(": ") + message);
        QCOMPARE(egress::testing::inputErrorOf(
                     [&] { Tabulator::tabulate(csv, QStringLiteral("t.csv"), spec, {}, threads); }),
                 QStringLiteral("t.csv: ") + message);
    }
}

void TestTabulator::badInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << "id"
                           << "t.csv: the file is empty: expected a header line and at least "
                              "one row";
    QTest::newRow("only blank lines") << QByteArray("\n\r\n") << "id"
                                      << "t.csv: the file is empty: expected a header line and "
                                         "at least one row";
    QTest::newRow("header only") << QByteArray("id,area,v\n") << "id"
                                 << "t.csv: line 1: has a header line but no data rows";
    QTest::newRow("header and blank lines") << QByteArray("id,area,v\n\n\n") << "id"
                                            << "t.csv: line 1: has a header line but no data rows";
    QTest::newRow("missing unit column")
        << QByteArray("person,area,v\np1,N,1\n") << "id"
        << "t.csv: line 1: has no column 'id' for the unit id (the header has: person, area, v)";
    QTest::newRow("column named twice")
        << QByteArray("id,area,v,id\np1,N,1,p2\n") << "id"
        << "t.csv: line 1, column 4: column 'id' appears twice in the header (columns 1 and 4): "
           "it is ambiguous";
    QTest::newRow("not a number") << QByteArray("id,area,v\np1,N,1\np2,N,12 kg\n") << "id"
                                  << "t.csv: line 3, column 3: '12 kg' in value column 'v' is "
                                     "not a number";
    QTest::newRow("thousands separator")
        << QByteArray("id,area,v\np1,N,\"1,200\"\n") << "id"
        << "t.csv: line 2, column 3: '1,200' in value column 'v' is not a number";
    QTest::newRow("infinity") << QByteArray("id,area,v\np1,N,inf\n") << "id"
                              << "t.csv: line 2, column 3: 'inf' in value column 'v' is not a "
                                 "number";
    QTest::newRow("ragged: too few") << QByteArray("id,area,v\np1,N,1\np2,N\n") << "id"
                                     << "t.csv: line 3, column 3: ragged row: 2 fields, but the "
                                        "header has 3";
    QTest::newRow("ragged: too many, last line without line end")
        << QByteArray("id,area,v\np1,N,1\np2,N,1,9") << "id"
        << "t.csv: line 3, column 4: ragged row: 4 fields, but the header has 3";
    QTest::newRow("unterminated quote") << QByteArray("id,area,v\np1,\"N,1\np2,N,1\n") << "id"
                                        << "t.csv: line 2, column 2: unterminated quoted field: "
                                           "the quote opened here is never closed";
    QTest::newRow("quote inside an unquoted field")
        << QByteArray("id,area,v\np1,5\" pipe,1\n") << "id"
        << "t.csv: line 2, column 2: a quote inside an unquoted field (quote the whole field and "
           "write the quote as \"\")";
    QTest::newRow("text after a closing quote")
        << QByteArray("id,area,v\np1,\"N\"x,1\n") << "id"
        << "t.csv: line 2, column 2: unexpected text after a closing quote (write a quote inside "
           "a quoted field as \"\")";
    QTest::newRow("category reads as a margin")
        << QByteArray("id,area,v\np1,N,1\np2,total,1\n") << "id"
        << "t.csv: line 3, column 2: category 'total' in column 'area' would read as a margin "
           "(Total, All and Overall name margins): rename it";
    QTest::newRow("category not UTF-8") << QByteArray("id,area,v\np1,Caf\xe9,1\n") << "id"
                                        << "t.csv: line 2, column 2: a value in column 'area' is "
                                           "not valid UTF-8";
    QTest::newRow("UTF-16") << QByteArray("\xff\xfei\0d\0") << "id"
                            << "t.csv: is UTF-16: microdata are read as UTF-8 (save or export "
                               "the file as UTF-8 CSV)";
    QTest::newRow("no row has a unit id")
        << QByteArray("id,area,v\n,N,1\n") << "id"
        << "t.csv: no row has a unit id in id: there is nothing to tabulate";
}

void TestTabulator::badInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, unit);
    QFETCH(QString, message);
    const TabulationSpec spec = specOf(QStringLiteral("area"), QString(), QStringLiteral("v"),
                                       QStringLiteral("sum"), unit, true);
    QCOMPARE(egress::testing::inputErrorOf(
                 [&] { Tabulator::tabulate(csv, QStringLiteral("t.csv"), spec); }),
             message);
}

void TestTabulator::unreadableFile()
{
    const TabulationSpec spec = specOf(QStringLiteral("area"), QString(), QString(),
                                       QStringLiteral("count"), QString(), false);
    QCOMPARE(egress::testing::inputErrorOf(
                 [&] { Tabulator::tabulate(QStringLiteral("/nonexistent/t.csv"), spec); }),
             QStringLiteral("/nonexistent/t.csv: cannot be opened: No such file or directory"));
}

void TestTabulator::badSpec_data()
{
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("cols");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("statistics");
    QTest::addColumn<QString>("message");

    QTest::newRow("no rows") << ""
                             << ""
                             << "v"
                             << "sum"
                             << "name at least one row dimension";
    QTest::newRow("dimension twice") << "area"
                                     << "area"
                                     << "v"
                                     << "sum"
                                     << "dimension 'area' is named twice";
    QTest::newRow("sum without value") << "area"
                                       << ""
                                       << ""
                                       << "count,sum"
                                       << "statistic 'sum' needs a value column";
    QTest::newRow("statistic twice") << "area"
                                     << ""
                                     << "v"
                                     << "sum,sum"
                                     << "statistic 'sum' is named twice";
    QTest::newRow("too many dimensions for margins")
        << "a,b,c,d,e"
        << "f,g,h,i"
        << "v"
        << "sum"
        << "margins over more than 8 dimensions are too many cells to check";
}

void TestTabulator::badSpec()
{
    QFETCH(QString, rows);
    QFETCH(QString, cols);
    QFETCH(QString, value);
    QFETCH(QString, statistics);
    QFETCH(QString, message);
    const TabulationSpec spec = specOf(rows, cols, value, statistics, QString(), true);
    QCOMPARE(stdError([&] { Tabulator::validate(spec); }), message);
    // Not even the file is looked at.
    QCOMPARE(stdError([&] { Tabulator::tabulate(QStringLiteral("/nonexistent.csv"), spec); }),
             message);
}

QTEST_GUILESS_MAIN(TestTabulator)
#include "tst_tabulator.moc"
