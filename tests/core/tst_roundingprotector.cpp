#include "protect/roundingprotector.h"
#include "protecttestsupport.h"

#include <QtTest>

using egress::protect::RoundingMethod;
using egress::protect::RoundingProtector;
using egress::testing::tableFromCsv;

namespace {

const char* const kTable = "s,M,F,Total\nA,2,12,14\nB,7,23,30\nTotal,9,35,44\n";

QString values(const egress::protect::Rounding& rounding)
{
    QStringList parts;
    for (const auto& cell : rounding.cells)
        parts.append(QString::number(cell.published));
    return parts.join(u' ');
}

QString interval(const egress::protect::Rounding& rounding, qsizetype row, qsizetype column)
{
    for (const auto& cell : rounding.cells) {
        if (cell.row == row && cell.column == column)
            return QStringLiteral("%1..%2").arg(cell.interval.lower).arg(cell.interval.upper);
    }
    return QStringLiteral("none");
}

} // namespace

class TestRoundingProtector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundedValues_data();
    void roundedValues();
    void preimages_data();
    void preimages();
    void intervalsNarrowedByTheTotals();
};

void TestRoundingProtector::roundedValues_data()
{
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("above");
    QTest::addColumn<bool>("midpointSix");
    QTest::addColumn<bool>("summed");
    QTest::addColumn<QString>("expected"); // row-major

    // Halves up: 2 → 0, 12 → 10, 14 → 15, 7 → 5, 23 → 25, 9 → 10, 44 → 45.
    QTest::newRow("base 5, totals rounded")
        << 5 << 0 << false << false << QStringLiteral("0 10 15 5 25 30 10 35 45");
    // Totals from the rounded cells: 0 + 10, 5 + 25, 0 + 5, 10 + 25, 40.
    QTest::newRow("base 5, totals summed")
        << 5 << 0 << false << true << QStringLiteral("0 10 10 5 25 30 5 35 40");
    // NHS England: up to 10 as they are.
    QTest::newRow("base 5 above 10")
        << 5 << 10 << false << false << QStringLiteral("2 10 15 7 25 30 9 35 45");
    // ceil(x/6)·6 − 3: 2 → 3, 12 → 9, 14 → 15, 7 → 9, 23 → 21, 30 → 27, 9 → 9, 35 → 33,
    // 44 → 45.
    QTest::newRow("midpoint 6") << 5 << 0 << true << false
                                << QStringLiteral("3 9 15 9 21 27 9 33 45");
}

void TestRoundingProtector::roundedValues()
{
    QFETCH(int, base);
    QFETCH(int, above);
    QFETCH(bool, midpointSix);
    QFETCH(bool, summed);
    QFETCH(QString, expected);
    const auto rounding
        = RoundingProtector::round(tableFromCsv(kTable), {base, above, midpointSix, summed});
    QCOMPARE(values(rounding), expected);
    QVERIFY(rounding.feasible);
}

void TestRoundingProtector::preimages_data()
{
    QTest::addColumn<double>("published");
    QTest::addColumn<int>("above");
    QTest::addColumn<bool>("midpointSix");
    QTest::addColumn<QString>("expected");

    QTest::newRow("15, base 5") << 15.0 << 0 << false << QStringLiteral("13..17");
    QTest::newRow("0, base 5: 0, 1 or 2") << 0.0 << 0 << false << QStringLiteral("0..2");
    QTest::newRow("10 above 10: 10, 11 or 12") << 10.0 << 10 << false << QStringLiteral("10..12");
    QTest::newRow("5 above 10: only 5") << 5.0 << 10 << false << QStringLiteral("5..5");
    QTest::newRow("15 above 10") << 15.0 << 10 << false << QStringLiteral("13..17");
    QTest::newRow("midpoint 3: 1 to 6") << 3.0 << 0 << true << QStringLiteral("1..6");
    QTest::newRow("midpoint 9: 7 to 12") << 9.0 << 0 << true << QStringLiteral("7..12");
    QTest::newRow("midpoint 0") << 0.0 << 0 << true << QStringLiteral("0..0");
}

void TestRoundingProtector::preimages()
{
    QFETCH(double, published);
    QFETCH(int, above);
    QFETCH(bool, midpointSix);
    QFETCH(QString, expected);
    const auto range = RoundingProtector::preimage(published, {5, above, midpointSix, false});
    QCOMPARE(QStringLiteral("%1..%2").arg(range.lower).arg(range.upper), expected);
}

// A×M = a in 0..2, A×F = b in 8..12, a + b in 13..17, so a ≥ 1 and b ≥ 11: rounding a 2×2 to
// base 5 with its totals rounded too leaves a in 1..2 and b in 11..12 (both reachable: with
// a = 2, b = 12, B×M = 7, B×F = 24 every published range holds).
void TestRoundingProtector::intervalsNarrowedByTheTotals()
{
    const auto rounding = RoundingProtector::round(tableFromCsv(kTable), {5, 0, false, false});
    QCOMPARE(interval(rounding, 0, 0), QStringLiteral("1..2"));
    QCOMPARE(interval(rounding, 0, 1), QStringLiteral("11..12"));
    QCOMPARE(rounding.cells.size(), 9);
    QCOMPARE(rounding.table.cell(0, 0).value, 0.0);
}

QTEST_GUILESS_MAIN(TestRoundingProtector)
#include "tst_roundingprotector.moc"
