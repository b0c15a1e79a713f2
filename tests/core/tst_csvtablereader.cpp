#include "io/csvtablereader.h"
#include "io/inputerror.h"
#include "table/table.h"

#include <QtTest>

using egress::io::CsvTableReader;
using egress::io::InputError;
using egress::io::TableLayout;
using egress::table::LabelPath;
using egress::table::Table;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(EGRESS_TEST_DATA_DIR "/csv/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

Table readFixture(const QString& name, const TableLayout& options = {})
{
    return CsvTableReader::read(fixture(name), name, options);
}

LabelPath path(std::initializer_list<const char16_t*> labels)
{
    LabelPath result;
    for (const char16_t* label : labels)
        result.append(QString::fromUtf16(label));
    return result;
}

QString valueText(const Table& table, qsizetype row, qsizetype column)
{
    const auto& cell = table.cell(row, column);
    return cell.value ? QString::number(*cell.value, 'g', 15) : QStringLiteral("suppressed");
}

} // namespace

class TestCsvTableReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneLabelColumn();
    void twoLabelColumns();
    void marginsInEveryDimension();
    void suppressedCellsKeepTheirText();
    void strayWordInValueColumnIsAnError();
    void labelColumnsOptionOverridesInference();
    void labelColumnsZeroKeepsEveryColumnAsValues();
    void labelColumnsOutOfRange_data();
    void labelColumnsOutOfRange();
    void bomSemicolonsCrlfGroupedThousands();
    void sampleNewRequestsByRoute();
    void latin1TabLoneCr();
    void errors_data();
    void errors();
};

void TestCsvTableReader::oneLabelColumn()
{
    const Table table = readFixture(QStringLiteral("one_label.csv"));
    QCOMPARE(table.rowDimensions(), QStringList {QStringLiteral("area")});
    QCOMPARE(table.rowCount(), qsizetype(3));
    QCOMPARE(table.columnCount(), qsizetype(3));
    QCOMPARE(table.rowLabel(0), path({u"North"}));
    QCOMPARE(table.rowLabel(1), path({u"South"}));
    QCOMPARE(table.rowLabel(2), path({u"Total"}));
    QCOMPARE(table.columnLabel(0), path({u"Male"}));
    QCOMPARE(table.columnLabel(1), path({u"Female"}));
    QCOMPARE(table.columnLabel(2), path({u"Total"}));
    QCOMPARE(valueText(table, 0, 0), QStringLiteral("12"));
    QCOMPARE(valueText(table, 0, 2), QStringLiteral("27"));
    QCOMPARE(valueText(table, 1, 0), QStringLiteral("suppressed"));
    QCOMPARE(valueText(table, 2, 1), QStringLiteral("35"));
    QCOMPARE(static_cast<int>(table.kind()),
             static_cast<int>(egress::table::OutputKind::Frequency));
}

void TestCsvTableReader::twoLabelColumns()
{
    const Table table = readFixture(QStringLiteral("two_labels.csv"));
    QCOMPARE(table.rowDimensions(),
             (QStringList {QStringLiteral("region"), QStringLiteral("age_band")}));
    QCOMPARE(table.rowCount(), qsizetype(7));
    QCOMPARE(table.columnCount(), qsizetype(3));
    QCOMPARE(table.rowLabel(0), path({u"North", u"18-64"}));
    QCOMPARE(table.rowLabel(4), path({u"South", u"65+"}));
    QCOMPARE(table.rowLabel(6), path({u"Overall", u"OVERALL"}));
    QCOMPARE(table.columnLabel(2), path({u"total"}));
    QCOMPARE(valueText(table, 3, 0), QStringLiteral("40"));
    QCOMPARE(valueText(table, 6, 2), QStringLiteral("205"));
}

void TestCsvTableReader::marginsInEveryDimension()
{
    const Table table = readFixture(QStringLiteral("two_labels.csv"));
    // North/All (second dimension), Total/18-64 (first), Overall/OVERALL (both).
    const QList<bool> expectedRows = {false, false, true, false, false, true, true};
    for (qsizetype row = 0; row < table.rowCount(); ++row)
        QCOMPARE(table.isMarginRow(row), expectedRows.at(row));
    QCOMPARE(table.isMarginColumn(0), false);
    QCOMPARE(table.isMarginColumn(1), false);
    QCOMPARE(table.isMarginColumn(2), true); // "total", lower case

    const Table oneLabel = readFixture(QStringLiteral("one_label.csv"));
    QCOMPARE(oneLabel.isMarginRow(0), false);
    QCOMPARE(oneLabel.isMarginRow(2), true);
    QCOMPARE(oneLabel.isMarginColumn(2), true);
    QCOMPARE(oneLabel.isMarginCell(0, 2), true);
    QCOMPARE(oneLabel.isMarginCell(0, 0), false);
}

void TestCsvTableReader::suppressedCellsKeepTheirText()
{
    const Table table = readFixture(QStringLiteral("two_labels.csv"));
    const auto& c = table.cell(4, 0);
    QVERIFY(c.isSuppressed());
    QCOMPARE(c.sourceText, QStringLiteral("c"));
    QVERIFY(!c.upperBound.has_value());
    const auto& bounded = table.cell(4, 1);
    QVERIFY(bounded.isSuppressed());
    QCOMPARE(bounded.sourceText, QStringLiteral("<5"));
    QVERIFY(bounded.upperBound.has_value());
    QCOMPARE(*bounded.upperBound, 5.0);
    const auto& published = table.cell(4, 2);
    QCOMPARE(published.sourceText, QStringLiteral("19"));
    QCOMPARE(table.suppressedCellCount(), qsizetype(2));
}

void TestCsvTableReader::strayWordInValueColumnIsAnError()
{
    try {
        readFixture(QStringLiteral("stray_word.csv"));
        QFAIL("a stray word in a value column must be reported");
    } catch (const InputError& error) {
        QCOMPARE(error.file(), QStringLiteral("stray_word.csv"));
        QCOMPARE(error.line(), 3);
        QCOMPARE(error.column(), 3);
        QCOMPARE(
            error.problem(),
            QStringLiteral("'n/a' is not a number in value column 'Female' (if this column holds "
                           "row labels, say how many label columns there are)"));
    }
}

void TestCsvTableReader::labelColumnsOptionOverridesInference()
{
    // Numeric codes look like values when inferred...
    const Table inferred = readFixture(QStringLiteral("numeric_codes.csv"));
    QCOMPARE(inferred.rowDimensions(), QStringList());
    QCOMPARE(inferred.columnCount(), qsizetype(2));
    QCOMPARE(inferred.rowLabel(0), LabelPath());

    // ...and are labels when the caller says so.
    TableLayout options;
    options.labelColumns = 1;
    const Table declared = readFixture(QStringLiteral("numeric_codes.csv"), options);
    QCOMPARE(declared.rowDimensions(), QStringList {QStringLiteral("code")});
    QCOMPARE(declared.columnCount(), qsizetype(1));
    QCOMPARE(declared.rowLabel(0), path({u"1"}));
    QCOMPARE(declared.rowLabel(1), path({u"2"}));
    QCOMPARE(valueText(declared, 1, 0), QStringLiteral("30"));

    // Two declared label columns where one would be inferred.
    options.labelColumns = 2;
    const Table two = readFixture(QStringLiteral("one_label.csv"), options);
    QCOMPARE(two.rowDimensions(), (QStringList {QStringLiteral("area"), QStringLiteral("Male")}));
    QCOMPARE(two.rowLabel(1), path({u"South", u"*"}));
    QCOMPARE(two.columnCount(), qsizetype(2));
}

void TestCsvTableReader::labelColumnsZeroKeepsEveryColumnAsValues()
{
    TableLayout options;
    options.labelColumns = 0;
    try {
        readFixture(QStringLiteral("one_label.csv"), options);
        QFAIL("a text field in a declared value column must be reported");
    } catch (const InputError& error) {
        QCOMPARE(error.line(), 2);
        QCOMPARE(error.column(), 1);
        // The label-column hint is only for inferred layouts.
        QCOMPARE(error.problem(), QStringLiteral("'North' is not a number in value column 'area'"));
    }
}

void TestCsvTableReader::labelColumnsOutOfRange_data()
{
    QTest::addColumn<int>("labelColumns");
    QTest::newRow("all columns") << 2;
    QTest::newRow("more than all") << 5;
    QTest::newRow("negative") << -1;
}

void TestCsvTableReader::labelColumnsOutOfRange()
{
    QFETCH(int, labelColumns);
    TableLayout options;
    options.labelColumns = labelColumns;
    try {
        readFixture(QStringLiteral("numeric_codes.csv"), options);
        QFAIL("an impossible label column count must be refused");
    } catch (const InputError& error) {
        QCOMPARE(error.file(), QStringLiteral("numeric_codes.csv"));
        QCOMPARE(
            error.problem(),
            QStringLiteral("cannot take %1 label columns: the table has 2 columns and needs at "
                           "least one value column")
                .arg(labelColumns));
    }
}

void TestCsvTableReader::bomSemicolonsCrlfGroupedThousands()
{
    const Table table = readFixture(QStringLiteral("bom_semicolon_crlf.csv"));
    QCOMPARE(table.rowDimensions(), QStringList {QStringLiteral("route")}); // no BOM left
    QCOMPARE(table.rowCount(), qsizetype(4));
    QCOMPARE(table.columnCount(), qsizetype(3));
    QCOMPARE(table.columnLabel(0), path({u"Assessment; first contact"}));
    QCOMPARE(table.columnLabel(2), path({u"Total"}));
    QCOMPARE(table.rowLabel(0), path({u"Hospital; acute"}));
    QCOMPARE(valueText(table, 0, 0), QStringLiteral("1204"));
    QCOMPARE(valueText(table, 0, 1), QStringLiteral("2310"));
    QCOMPARE(valueText(table, 1, 2), QStringLiteral("5188")); // last field before CRLF
    QCOMPARE(valueText(table, 2, 0), QStringLiteral("suppressed"));
    QCOMPARE(table.cell(2, 1).sourceText, QStringLiteral("<5"));
    QCOMPARE(*table.cell(2, 1).upperBound, 5.0);
    QCOMPARE(valueText(table, 3, 2), QStringLiteral("8713"));
    QCOMPARE(table.cell(3, 2).sourceText, QStringLiteral("8,713"));
    QVERIFY(table.isMarginRow(3));
    QVERIFY(table.isMarginColumn(2));
}

void TestCsvTableReader::sampleNewRequestsByRoute()
{
    QFile file(QStringLiteral(EGRESS_SAMPLE_DIR "/new_requests_by_route.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Table table = CsvTableReader::read(file.readAll(), QStringLiteral("sample.csv"));
    QCOMPARE(table.rowDimensions(), QStringList {QStringLiteral("route_of_access")});
    QCOMPARE(table.rowCount(), qsizetype(6));
    QCOMPARE(table.columnCount(), qsizetype(4));
    QCOMPARE(table.columnLabel(0), path({u"Progress to Reablement/ST-Max"}));
    QCOMPARE(table.rowLabel(4), path({u"Prison"}));
    QCOMPARE(valueText(table, 0, 3), QStringLiteral("3930"));
    QCOMPARE(valueText(table, 1, 3), QStringLiteral("11090"));
    QCOMPARE(valueText(table, 3, 0), QStringLiteral("0"));
    QCOMPARE(valueText(table, 5, 3), QStringLiteral("15575"));
    QCOMPARE(table.suppressedCellCount(), qsizetype(4)); // the Prison row, its total too
    QVERIFY(table.isMarginRow(5));
    QVERIFY(table.isMarginColumn(3));
    QVERIFY(!table.isMarginRow(4));
}

void TestCsvTableReader::latin1TabLoneCr()
{
    const Table table = readFixture(QStringLiteral("latin1_tab_cr.csv"));
    QCOMPARE(table.rowDimensions(), QStringList {QStringLiteral("café")});
    QCOMPARE(table.rowCount(), qsizetype(2));
    QCOMPARE(table.rowLabel(0), path({u"Café Nero"}));
    QCOMPARE(table.rowLabel(1), path({u"Résumé"}));
    QCOMPARE(valueText(table, 1, 0), QStringLiteral("15"));
}

void TestCsvTableReader::errors_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("problem");

    QTest::newRow("ragged row, too few fields")
        << QStringLiteral("ragged_short.csv") << 3 << 3
        << QStringLiteral("ragged row: 2 fields, but the header has 3");
    QTest::newRow("ragged row, too many fields")
        << QStringLiteral("ragged_long.csv") << 2 << 4
        << QStringLiteral("ragged row: 4 fields, but the header has 3");
    QTest::newRow("unterminated quote")
        << QStringLiteral("unterminated.csv") << 2 << 1
        << QStringLiteral("unterminated quoted field: the quote opened here is never closed");
    QTest::newRow("non-numeric value")
        << QStringLiteral("stray_word.csv") << 3 << 3
        << QStringLiteral("'n/a' is not a number in value column 'Female' (if this column holds "
                          "row labels, say how many label columns there are)");
    QTest::newRow("empty file")
        << QStringLiteral("empty.csv") << 0 << 0
        << QStringLiteral("the file is empty: expected a header line and at least one row");
    QTest::newRow("only blank lines")
        << QStringLiteral("blank_lines.csv") << 0 << 0
        << QStringLiteral("the file is empty: expected a header line and at least one row");
    QTest::newRow("header without data rows")
        << QStringLiteral("header_only.csv") << 1 << 0
        << QStringLiteral("has a header line but no data rows");
    QTest::newRow("duplicate column heading")
        << QStringLiteral("duplicate_heading.csv") << 1 << 3
        << QStringLiteral("duplicate column heading 'Male' (also column 2)");
    QTest::newRow("duplicate row") << QStringLiteral("duplicate_row.csv") << 4 << 1
                                   << QStringLiteral("row 'North' appears twice (also on line 2)");
    QTest::newRow("duplicate row, two label columns")
        << QStringLiteral("duplicate_row_two_labels.csv") << 4 << 1
        << QStringLiteral("row 'North / 65+' appears twice (also on line 2)");
    QTest::newRow("NUL byte") << QStringLiteral("nul_byte.csv") << 2 << 0
                              << QStringLiteral(
                                     "contains a NUL byte: this is a binary file, not text");
    QTest::newRow("value column without heading") << QStringLiteral("missing_heading.csv") << 1 << 3
                                                  << QStringLiteral("value column has no heading");
    QTest::newRow("all text") << QStringLiteral("all_text.csv") << 1 << 0
                              << QStringLiteral("has no value columns: every column holds text");
}

void TestCsvTableReader::errors()
{
    QFETCH(QString, fixtureName);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, problem);

    try {
        const Table table = readFixture(fixtureName);
        QFAIL(qPrintable(QStringLiteral("read a %1×%2 table instead of refusing")
                             .arg(table.rowCount())
                             .arg(table.columnCount())));
    } catch (const InputError& error) {
        QCOMPARE(error.file(), fixtureName);
        QCOMPARE(error.line(), line);
        QCOMPARE(error.column(), column);
        QCOMPARE(error.problem(), problem);
        QString where = fixtureName;
        if (line > 0)
            where += QStringLiteral(": line %1").arg(line);
        if (column > 0)
            where += QStringLiteral(", column %1").arg(column);
        QCOMPARE(error.message(), where + QStringLiteral(": ") + problem);
    }
}

QTEST_GUILESS_MAIN(TestCsvTableReader)
#include "tst_csvtablereader.moc"
