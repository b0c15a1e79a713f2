#include "io/cellvalueparser.h"

#include <QtTest>

#include <cmath>

using egress::io::ParsedCellValue;

class TestCellValueParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data();
    void numbers();
    void suppressionMarkers_data();
    void suppressionMarkers();
    void refusals_data();
    void refusals();
};

void TestCellValueParser::numbers_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("negativeSign");

    QTest::newRow("zero") << QStringLiteral("0") << 0.0 << false;
    QTest::newRow("integer") << QStringLiteral("12") << 12.0 << false;
    QTest::newRow("negative") << QStringLiteral("-3") << -3.0 << true;
    QTest::newRow("plus sign") << QStringLiteral("+7") << 7.0 << false;
    QTest::newRow("decimal") << QStringLiteral("3.25") << 3.25 << false;
    QTest::newRow("leading point") << QStringLiteral(".5") << 0.5 << false;
    QTest::newRow("trailing point") << QStringLiteral("5.") << 5.0 << false;
    QTest::newRow("exponent") << QStringLiteral("1e3") << 1000.0 << false;
    QTest::newRow("negative exponent") << QStringLiteral("2.5E-1") << 0.25 << false;
    QTest::newRow("minus zero") << QStringLiteral("-0") << 0.0 << true;
    QTest::newRow("grouped thousands") << QStringLiteral("1,234") << 1234.0 << false;
    QTest::newRow("grouped millions") << QStringLiteral("12,345,678") << 12345678.0 << false;
    QTest::newRow("grouped with decimals") << QStringLiteral("-1,234.5") << -1234.5 << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("  42  ") << 42.0 << false;
    QTest::newRow("tab before") << QStringLiteral("\t7") << 7.0 << false;
}

void TestCellValueParser::numbers()
{
    QFETCH(QString, field);
    QFETCH(double, expected);
    QFETCH(bool, negativeSign);

    const ParsedCellValue parsed = ParsedCellValue::parse(field);
    QCOMPARE(static_cast<int>(parsed.kind), static_cast<int>(ParsedCellValue::Kind::Number));
    QCOMPARE(parsed.number, expected);
    QCOMPARE(std::signbit(parsed.number), negativeSign);
    QVERIFY(!parsed.upperBound.has_value());
    QCOMPARE(parsed.problem, QString());
}

void TestCellValueParser::suppressionMarkers_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("hasUpperBound");
    QTest::addColumn<double>("upperBound");

    QTest::newRow("empty") << QString() << false << 0.0;
    QTest::newRow("blank") << QStringLiteral("   ") << false << 0.0;
    QTest::newRow("*") << QStringLiteral("*") << false << 0.0;
    QTest::newRow("* with spaces") << QStringLiteral(" * ") << false << 0.0;
    QTest::newRow("c") << QStringLiteral("c") << false << 0.0;
    QTest::newRow("C") << QStringLiteral("C") << false << 0.0;
    QTest::newRow("x") << QStringLiteral("x") << false << 0.0;
    QTest::newRow("X") << QStringLiteral("X") << false << 0.0;
    QTest::newRow("..") << QStringLiteral("..") << false << 0.0;
    QTest::newRow("-") << QStringLiteral("-") << false << 0.0;
    QTest::newRow("[REDACTED]") << QStringLiteral("[REDACTED]") << false << 0.0;
    QTest::newRow("[redacted]") << QStringLiteral("[redacted]") << false << 0.0;
    QTest::newRow("REDACTED") << QStringLiteral("REDACTED") << false << 0.0;
    QTest::newRow("<5") << QStringLiteral("<5") << true << 5.0;
    QTest::newRow("< 5") << QStringLiteral("< 5") << true << 5.0;
    QTest::newRow("<=5") << QStringLiteral("<=5") << true << 5.0;
    QTest::newRow("≤5") << QStringLiteral("≤5") << true << 5.0;
    QTest::newRow("≤ 7") << QStringLiteral("≤ 7") << true << 7.0;
    QTest::newRow("<10") << QStringLiteral("<10") << true << 10.0;
    QTest::newRow("<1,000") << QStringLiteral("<1,000") << true << 1000.0;
    QTest::newRow("<0.5") << QStringLiteral("<0.5") << true << 0.5;
}

void TestCellValueParser::suppressionMarkers()
{
    QFETCH(QString, field);
    QFETCH(bool, hasUpperBound);
    QFETCH(double, upperBound);

    const ParsedCellValue parsed = ParsedCellValue::parse(field);
    QCOMPARE(static_cast<int>(parsed.kind), static_cast<int>(ParsedCellValue::Kind::Suppressed));
    QCOMPARE(parsed.upperBound.has_value(), hasUpperBound);
    if (hasUpperBound)
        QCOMPARE(*parsed.upperBound, upperBound);
    QCOMPARE(parsed.problem, QString());
}

void TestCellValueParser::refusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("problem");

    QTest::newRow("word") << QStringLiteral("abc") << QStringLiteral("'abc' is not a number");
    QTest::newRow("word with spaces, trimmed")
        << QStringLiteral(" n/a ") << QStringLiteral("'n/a' is not a number");
    QTest::newRow("NaN") << QStringLiteral("NaN") << QStringLiteral("'NaN' is not a finite number");
    QTest::newRow("nan") << QStringLiteral("nan") << QStringLiteral("'nan' is not a finite number");
    QTest::newRow("inf") << QStringLiteral("inf") << QStringLiteral("'inf' is not a finite number");
    QTest::newRow("-Infinity") << QStringLiteral("-Infinity")
                               << QStringLiteral("'-Infinity' is not a finite number");
    QTest::newRow("1e400") << QStringLiteral("1e400")
                           << QStringLiteral("'1e400' is out of the range of numbers we can hold");
    QTest::newRow("-1e400") << QStringLiteral(
        "-1e400") << QStringLiteral("'-1e400' is out of the range of numbers we can hold");
    QTest::newRow("<1e400 is no bound")
        << QStringLiteral("<1e400") << QStringLiteral("'<1e400' is not a number");
    QTest::newRow("comma decimal 1,5")
        << QStringLiteral("1,5")
        << QStringLiteral("'1,5' is ambiguous: write decimals with '.' and no separators");
    QTest::newRow("comma decimal 1,23")
        << QStringLiteral("1,23")
        << QStringLiteral("'1,23' is ambiguous: write decimals with '.' and no separators");
    QTest::newRow("comma decimal 1,2345")
        << QStringLiteral("1,2345")
        << QStringLiteral("'1,2345' is ambiguous: write decimals with '.' and no separators");
    QTest::newRow("percentage") << QStringLiteral("12%") << QStringLiteral("'12%' is not a number");
    QTest::newRow("badly grouped")
        << QStringLiteral("12,34,567") << QStringLiteral("'12,34,567' is not a number");
    QTest::newRow("space grouped")
        << QStringLiteral("1 234") << QStringLiteral("'1 234' is not a number");
    QTest::newRow("hex") << QStringLiteral("0x10") << QStringLiteral("'0x10' is not a number");
    QTest::newRow("trailing sign")
        << QStringLiteral("5-") << QStringLiteral("'5-' is not a number");
    QTest::newRow("less than a word")
        << QStringLiteral("<abc") << QStringLiteral("'<abc' is not a number");
    QTest::newRow("--") << QStringLiteral("--") << QStringLiteral("'--' is not a number");
}

void TestCellValueParser::refusals()
{
    QFETCH(QString, field);
    QFETCH(QString, problem);

    const ParsedCellValue parsed = ParsedCellValue::parse(field);
    QCOMPARE(static_cast<int>(parsed.kind), static_cast<int>(ParsedCellValue::Kind::NotANumber));
    QCOMPARE(parsed.problem, problem);
    QVERIFY(!parsed.upperBound.has_value());
}

QTEST_GUILESS_MAIN(TestCellValueParser)
#include "tst_cellvalueparser.moc"
