#include "protect/suppressionprotector.h"
#include "protecttestsupport.h"

#include <QtTest>

using egress::protect::Protection;
using egress::protect::SuppressionProtector;
using egress::rules::Finding;
using egress::rules::Status;
using egress::table::Table;
using egress::testing::tableFromCsv;

namespace {

Finding failing(const Table& table, const char* rule, qsizetype row, qsizetype column)
{
    return {
        QString::fromLatin1(rule), Status::Fail,
        egress::rules::CellPosition {row, column, table.rowLabel(row), table.columnLabel(column)},
        table.cell(row, column).value, QStringLiteral("fails")};
}

// "cell kind [lower, upper]" per suppressed cell.
QString describe(const Protection& protection)
{
    QStringList parts;
    for (const auto& cell : protection.suppressed) {
        parts.append(QStringLiteral("%1 %2 [%3, %4]")
                         .arg(protection.table.describeCell(cell.row, cell.column),
                              egress::protect::toString(cell.kind))
                         .arg(cell.interval.lower)
                         .arg(std::isinf(cell.interval.upper)
                                  ? QStringLiteral("inf")
                                  : QString::number(cell.interval.upper)));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestSuppressionProtector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void primariesSecondariesAndIntervals();
    void roundingIsNoReasonToSuppress();
    void protectionLevelAddsSuppressions();
    void linkedTablesHideTheirSharedCellTogether();
    void aCategorysStatisticsGoTogether();
};

void TestSuppressionProtector::primariesSecondariesAndIntervals()
{
    const Table table = tableFromCsv("s,M,F,Total\nA,2,20,22\nB,30,40,70\nTotal,32,60,92\n");
    const Protection protection
        = SuppressionProtector::protect(table, {failing(table, "threshold", 0, 0)});
    QCOMPARE(describe(protection),
             QStringLiteral("A × M primary [0, 22]; A × F secondary [0, 22]; "
                            "B × M secondary [10, 32]; "
                            "B × F secondary [38, 60]"));
    QCOMPARE(protection.suppressed.constFirst().rules, QStringList {QStringLiteral("threshold")});
    QVERIFY(protection.auditFeasible);
    QVERIFY(protection.table.cell(0, 0).isSuppressed());
    QCOMPARE(protection.table.cell(0, 0).sourceText, QStringLiteral("*"));
    QCOMPARE(protection.table.cell(2, 2).value, 92.0);
}

void TestSuppressionProtector::roundingIsNoReasonToSuppress()
{
    const Table table = tableFromCsv("s,M,F,Total\nA,12,20,32\nB,30,40,70\nTotal,42,60,102\n");
    const Protection protection = SuppressionProtector::protect(
        table, {failing(table, "rounding", 0, 0), failing(table, "rounding", 2, 2)});
    QVERIFY(protection.suppressed.isEmpty());
}

// The mean of Prison fails; its n and sum go with it, and then the borough's other categories
// must hide enough that the totals do not give Prison's n and sum back.
void TestSuppressionProtector::aCategorysStatisticsGoTogether()
{
    const Table table = tableFromCsv(",Prison,Prison,Prison,Home,Home,Home,Total,Total,Total\n"
                                     "b,n,mean,sum,n,mean,sum,n,mean,sum\n"
                                     "H,2,500,1000,40,300,12000,42,309.52,13000\n");
    QCOMPARE(egress::table::toString(table.kind()), QStringLiteral("magnitude"));
    const Protection protection
        = SuppressionProtector::protect(table, {failing(table, "dominance-p", 0, 1)});
    QStringList hidden;
    for (const auto& cell : protection.suppressed)
        hidden.append(egress::table::formatLabelPath(table.columnLabel(cell.column)));
    QCOMPARE(hidden.join(QStringLiteral("; ")),
             QStringLiteral("Prison / n; Prison / mean; Prison / sum; Home / n; Home / mean; "
                            "Home / sum"));
}

// The 2×2 leaves A × M in 0–22. Asked for a width of 30, the protector hides the smallest
// published cell among the totals that hold it, A × Total (22), and protects again; the rounds
// end with only B × F (40) and the grand total (92) published. By hand: a + b + c = 92 − 40, so
// each of A × M, A × F, B × M is in 0–52, and B × Total = c + 40 and Total × F = b + 40 in
// 40–92: every hidden cell at least 30 wide.
void TestSuppressionProtector::protectionLevelAddsSuppressions()
{
    const Table table = tableFromCsv("s,M,F,Total\nA,2,20,22\nB,30,40,70\nTotal,32,60,92\n");
    const Protection protection
        = SuppressionProtector::protect(table, {failing(table, "threshold", 0, 0)}, 2, 30);
    QCOMPARE(describe(protection),
             QStringLiteral("A × M primary [0, 52]; A × F secondary [0, 52]; A × Total secondary "
                            "[0, 52]; B × M secondary [0, 52]; B × Total secondary [40, 92]; "
                            "Total × M secondary [0, 52]; Total × F secondary [40, 92]"));
    for (const auto& cell : protection.suppressed)
        QVERIFY(cell.interval.upper - cell.interval.lower >= 30);
}

// North's total fails in the table by sex (say its dominance) and appears, with the same labels,
// in the table by age, where nothing fails. Protected alone, the table by age would publish it;
// protected together, it is hidden there too, and so is one of North's age cells, else North's
// total would be their sum again.
void TestSuppressionProtector::linkedTablesHideTheirSharedCellTogether()
{
    const Table bySex = tableFromCsv("area,M,F,Total\nNorth,12,30,42\nSouth,20,20,40\n"
                                     "Total,32,50,82\n");
    const Table byAge = tableFromCsv("area,Y,O,Total\nNorth,15,27,42\nSouth,25,15,40\n"
                                     "Total,40,42,82\n");
    QVERIFY(SuppressionProtector::protect(byAge, {}).suppressed.isEmpty());
    const QList<Protection> protections = SuppressionProtector::protectLinked(
        {bySex, byAge}, {{failing(bySex, "dominance-p", 0, 2)}, {}});
    QCOMPARE(protections.size(), 2);
    const Protection& age = protections.at(1);
    QVERIFY(age.table.cell(0, 2).isSuppressed()); // North × Total, as in the table by sex
    QVERIFY(age.table.cell(0, 0).isSuppressed() || age.table.cell(0, 1).isSuppressed());
    QVERIFY(protections.at(0).table.cell(0, 2).isSuppressed());
    for (const Protection& protection : protections) {
        for (const auto& cell : protection.suppressed)
            QVERIFY2(!cell.interval.isExact(),
                     qPrintable(protection.table.describeCell(cell.row, cell.column)));
    }
}

QTEST_GUILESS_MAIN(TestSuppressionProtector)
#include "tst_suppressionprotector.moc"
