#include "protect/cellcomposition.h"
#include "protect/intervalaudit.h"
#include "protecttestsupport.h"

#include <QtTest>

using egress::protect::AuditResult;
using egress::protect::CellComposition;
using egress::protect::IntervalAudit;
using egress::table::Table;
using egress::testing::tableFromCsv;

namespace {

// "cell [lower, upper]" for every suppressed cell of the table, "inf" for no upper bound.
QString audit(const char* csv, int threads = 2)
{
    const Table table = tableFromCsv(csv);
    const CellComposition composition = CellComposition::of(table);
    QList<std::optional<egress::protect::CellInterval>> published;
    QList<std::optional<double>> bounds;
    for (const qsizetype cell : composition.cells()) {
        const egress::table::Cell& value
            = table.cell(cell / table.columnCount(), cell % table.columnCount());
        if (value.value)
            published.append(egress::protect::CellInterval {*value.value, *value.value});
        else
            published.append(std::nullopt);
        bounds.append(value.upperBound);
    }
    const AuditResult result = IntervalAudit::audit(composition, published, bounds, threads);
    if (!result.audited)
        return QStringLiteral("not audited");
    if (!result.feasible)
        return QStringLiteral("infeasible");
    QStringList parts;
    for (qsizetype k = 0; k < composition.cells().size(); ++k) {
        if (published.at(k))
            continue;
        const qsizetype cell = composition.cells().at(k);
        const auto& interval = result.intervals.at(k);
        parts.append(
            QStringLiteral("%1 [%2, %3]")
                .arg(table.describeCell(cell / table.columnCount(), cell % table.columnCount()))
                .arg(interval.lower)
                .arg(std::isinf(interval.upper) ? QStringLiteral("inf")
                                                : QString::number(interval.upper)));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestIntervalAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intervals_data();
    void intervals();
    void threadsDoNotChangeTheAnswer();
};

void TestIntervalAudit::intervals_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");

    // The four inner cells hidden, margins published: with a = t, b = 22 − t, c = 32 − t and
    // d = 38 + t, every cell ≥ 0 gives t in [0, 22].
    QTest::newRow("2×2, inner cells hidden")
        << QByteArray("s,M,F,Total\nA,*,*,22\nB,*,*,70\nTotal,32,60,92\n")
        << QStringLiteral("A × M [0, 22]; A × F [0, 22]; B × M [10, 32]; B × F [38, 60]");
    // One hidden cell beside a total: the total minus the published cells.
    QTest::newRow("exactly derivable")
        << QByteArray("s,a,b,c,Total\nA,*,50,40,92\n") << QStringLiteral("A × a [2, 2]");
    QTest::newRow("two hidden in a row") << QByteArray("s,a,b,c,Total\nA,*,50,*,92\n")
                                         << QStringLiteral("A × a [0, 42]; A × c [0, 42]");
    // "<5" is a bound an intruder knows.
    QTest::newRow("a marker that bounds") << QByteArray("s,a,b,c,Total\nA,<5,50,*,92\n")
                                          << QStringLiteral("A × a [0, 5]; A × c [37, 42]");
    // Without a total nothing bounds a hidden cell from above.
    QTest::newRow("no relation") << QByteArray("s,a,b\nA,*,50\n")
                                 << QStringLiteral("A × a [0, inf]");
    // A hidden total is the sum of what it holds.
    QTest::newRow("hidden margin")
        << QByteArray("s,a,b,Total\nA,3,50,*\n") << QStringLiteral("A × Total [53, 53]");
    // Published parts above their total: no table fits.
    QTest::newRow("values beyond the simplex")
        << QByteArray("s,a,b,Total\nA,*,1e13,2e13\n") << QStringLiteral("not audited");
    QTest::newRow("contradiction")
        << QByteArray("s,a,b,c,Total\nA,*,50,60,92\n") << QStringLiteral("infeasible");
}

void TestIntervalAudit::intervals()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    QCOMPARE(audit(csv.constData()), expected);
}

void TestIntervalAudit::threadsDoNotChangeTheAnswer()
{
    const char* csv = "g,r,a,b,c,Total\ng1,r1,*,5,*,12\ng1,r2,4,*,*,20\ng1,Total,*,11,*,32\n"
                      "g2,r1,*,*,9,18\ng2,r2,7,*,2,*\ng2,Total,12,*,11,40\nTotal,Total,*,*,*,72\n";
    const QString one = audit(csv, 1);
    QVERIFY(one.startsWith(QStringLiteral("g1 / r1 × a [")));
    QCOMPARE(audit(csv, 2), one);
    QCOMPARE(audit(csv, 5), one);
}

QTEST_GUILESS_MAIN(TestIntervalAudit)
#include "tst_intervalaudit.moc"
