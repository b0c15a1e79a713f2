#include "io/csvtablereader.h"
#include "io/tablecsvwriter.h"
#include "table/table.h"

#include <QtTest>

using egress::io::TableCsvWriter;
using egress::table::Cell;
using egress::table::LabelPath;
using egress::table::Table;

namespace {

Cell number(double value)
{
    Cell cell;
    cell.value = value;
    return cell;
}

Cell suppressed(const QString& text)
{
    Cell cell;
    cell.sourceText = text;
    return cell;
}

} // namespace

class TestTableCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneHeaderLine();
    void oneHeaderLinePerLabelLevel();
    void shorterLabelPathsSitLow();
    void field_data();
    void field();
    void readsBack();
    void multiLevelHeadingsReadBack();
};

void TestTableCsvWriter::oneHeaderLine()
{
    const Table table(
        {QStringLiteral("area")}, {LabelPath {QStringLiteral("North")}, {QStringLiteral("Total")}},
        {LabelPath {QStringLiteral("A")}, {QStringLiteral("B")}},
        {number(12), number(0.5), suppressed(QStringLiteral("<5")), suppressed(QString())});
    QCOMPARE(TableCsvWriter::write(table), QByteArray("area,A,B\nNorth,12,0.5\nTotal,<5,*\n"));
}

void TestTableCsvWriter::oneHeaderLinePerLabelLevel()
{
    // The label columns are empty on every header line but the last, which names the row
    // dimensions.
    const Table table({QStringLiteral("area"), QStringLiteral("age")},
                      {LabelPath {QStringLiteral("North"), QStringLiteral("18-64")}},
                      {LabelPath {QStringLiteral("Residential"), QStringLiteral("sum")},
                       {QStringLiteral("Residential"), QStringLiteral("mean")}},
                      {number(1250.25), number(-3.1)});
    QCOMPARE(
        TableCsvWriter::write(table),
        QByteArray(",,Residential,Residential\narea,age,sum,mean\nNorth,18-64,1250.25,-3.1\n"));
}

void TestTableCsvWriter::shorterLabelPathsSitLow()
{
    const Table table(
        {QStringLiteral("g")}, {LabelPath {QStringLiteral("x")}},
        {LabelPath {QStringLiteral("A"), QStringLiteral("sum")}, {QStringLiteral("n")}},
        {number(1), number(2)});
    QCOMPARE(TableCsvWriter::write(table), QByteArray(",A,\ng,sum,n\nx,1,2\n"));
}

void TestTableCsvWriter::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << "North" << QByteArray("North");
    QTest::newRow("comma") << "North, inner" << QByteArray("\"North, inner\"");
    QTest::newRow("quote") << "A \"B\"" << QByteArray("\"A \"\"B\"\"\"");
    QTest::newRow("line break") << "a\nb" << QByteArray("\"a\nb\"");
    QTest::newRow("spaces a reader would trim") << " a " << QByteArray("\" a \"");
    QTest::newRow("formula =") << "=HYPERLINK(\"x\")" << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("formula +") << "+1+2" << QByteArray("'+1+2");
    QTest::newRow("formula -") << "-1+2" << QByteArray("'-1+2");
    QTest::newRow("formula @") << "@SUM(A1)" << QByteArray("'@SUM(A1)");
    QTest::newRow("leading tab") << "\tx" << QByteArray("'\tx");
    QTest::newRow("leading CR") << "\rx" << QByteArray("\"'\rx\"");
    QTest::newRow("a negative number is not a formula") << "-3" << QByteArray("-3");
    QTest::newRow("the marker -") << "-" << QByteArray("-");
    QTest::newRow("UTF-8") << "Café ≤5"
                           << QByteArray("Caf\xc3\xa9 \xe2\x89\xa4"
                                         "5");
}

void TestTableCsvWriter::field()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(TableCsvWriter::field(text), expected);
}

void TestTableCsvWriter::readsBack()
{
    // A one-level table reads back as it was, labels with commas and quotes included, and a
    // label guarded against formula injection without its apostrophe.
    const Table table({QStringLiteral("area")},
                      {LabelPath {QStringLiteral("North, \"inner\"")}, {QStringLiteral("=1+1")}},
                      {LabelPath {QStringLiteral("A")}, {QStringLiteral("Total")}},
                      {number(12), number(12.5), suppressed(QStringLiteral("*")), number(3)});
    const Table read
        = egress::io::CsvTableReader::read(TableCsvWriter::write(table), QStringLiteral("t.csv"));
    QCOMPARE(read.rowCount(), 2);
    QCOMPARE(read.rowLabel(0), LabelPath {QStringLiteral("North, \"inner\"")});
    QCOMPARE(read.rowLabel(1), LabelPath {QStringLiteral("=1+1")});
    QCOMPARE(read.columnLabel(1), LabelPath {QStringLiteral("Total")});
    QCOMPARE(read.cell(0, 1).value, std::optional<double>(12.5));
    QVERIFY(read.cell(1, 0).isSuppressed());
    QCOMPARE(read.cell(1, 1).value, std::optional<double>(3));
}

void TestTableCsvWriter::multiLevelHeadingsReadBack()
{
    // Two column levels (category and statistic): the reader finds both header lines and the
    // roles the statistic headings announce.
    const Table table({QStringLiteral("borough")}, {LabelPath {QStringLiteral("Hillingdon")}},
                      {LabelPath {QStringLiteral("Residential"), QStringLiteral("n")},
                       LabelPath {QStringLiteral("Residential"), QStringLiteral("mean")}},
                      {number(12), number(950.5)}, egress::table::OutputKind::Magnitude);
    const Table read
        = egress::io::CsvTableReader::read(TableCsvWriter::write(table), QStringLiteral("t.csv"));
    QCOMPARE(read.rowDimensions(), QStringList {QStringLiteral("borough")});
    QCOMPARE(read.columnLabel(1),
             (LabelPath {QStringLiteral("Residential"), QStringLiteral("mean")}));
    QCOMPARE(egress::table::toString(read.kind()), QStringLiteral("magnitude"));
    QCOMPARE(egress::table::toString(read.columnRole(1)), QStringLiteral("mean"));
    QCOMPARE(read.cell(0, 1).value, std::optional<double>(950.5));
}

QTEST_GUILESS_MAIN(TestTableCsvWriter)
#include "tst_tablecsvwriter.moc"
