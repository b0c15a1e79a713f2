#include "table/numberformat.h"

#include <QtTest>

#include <limits>

using egress::table::formatNumber;

class TestNumberFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
};

void TestNumberFormat::formats_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
    QTest::newRow("3") << 3.0 << QStringLiteral("3");
    QTest::newRow("-3") << -3.0 << QStringLiteral("-3");
    QTest::newRow("10") << 10.0 << QStringLiteral("10");
    QTest::newRow("9.5") << 9.5 << QStringLiteral("9.5");
    QTest::newRow("-9.5") << -9.5 << QStringLiteral("-9.5");
    QTest::newRow("0.1") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("0.1 + 0.2 (12 digits hide the binary error)")
        << 0.1 + 0.2 << QStringLiteral("0.3");
    QTest::newRow("1/3 (12 significant digits)") << 1.0 / 3.0 << QStringLiteral("0.333333333333");
    QTest::newRow("2/3 (rounded)") << 2.0 / 3.0 << QStringLiteral("0.666666666667");
    QTest::newRow("1e-7") << 1e-7 << QStringLiteral("1e-07");
    // Whole numbers below 1e15 are written out in full, beyond 12 digits.
    QTest::newRow("123456789012345") << 123456789012345.0 << QStringLiteral("123456789012345");
    QTest::newRow("-123456789012345") << -123456789012345.0 << QStringLiteral("-123456789012345");
    QTest::newRow("999999999999999") << 999999999999999.0 << QStringLiteral("999999999999999");
    // From 1e15 on, whole numbers take the 12-significant-digit branch.
    QTest::newRow("1e15") << 1e15 << QStringLiteral("1e+15");
    QTest::newRow("-1e15") << -1e15 << QStringLiteral("-1e+15");
    QTest::newRow("1234567890123456") << 1234567890123456.0 << QStringLiteral("1.23456789012e+15");
    QTest::newRow("1e20") << 1e20 << QStringLiteral("1e+20");
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QStringLiteral("inf");
    QTest::newRow("-infinity") << -std::numeric_limits<double>::infinity()
                               << QStringLiteral("-inf");
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("nan");
}

void TestNumberFormat::formats()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(formatNumber(value), text);
}

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
