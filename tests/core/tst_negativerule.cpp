#include "profiles/profile.h"
#include "rules/negativerule.h"
#include "ruletestsupport.h"
#include "table/evidence.h"
#include "table/table.h"

#include <QtTest>

using egress::profiles::Profile;
using egress::rules::Finding;
using egress::rules::NegativeRule;
using egress::table::CellEvidence;
using egress::table::ColumnRole;
using egress::table::Evidence;
using egress::table::OutputKind;
using egress::table::Table;
using egress::testing::contributions;
using egress::testing::evidenceOf;
using egress::testing::magnitudeTable;
using egress::testing::profileWithExtraRules;
using egress::testing::valueColumn;

namespace {

Profile negativeProfile(const QString& action)
{
    return profileWithExtraRules(QStringLiteral(R"("negative": {"action": "%1"})").arg(action));
}

// Group A's count, sum, mean, minimum and maximum, all from one set of contributions.
Table statistics()
{
    return magnitudeTable({QStringLiteral("A")},
                          {valueColumn(QStringLiteral("n"), ColumnRole::Count),
                           valueColumn(QStringLiteral("sum"), ColumnRole::Sum),
                           valueColumn(QStringLiteral("mean"), ColumnRole::Mean),
                           valueColumn(QStringLiteral("min"), ColumnRole::Min),
                           valueColumn(QStringLiteral("max"), ColumnRole::Max)},
                          {5, 100, 20, -10, 80});
}

Evidence withNegatives(qint64 negatives)
{
    CellEvidence cell = contributions(QStringLiteral("A"), {}, 5, 100, {80, 30});
    cell.negatives = negatives;
    return evidenceOf({cell});
}

QStringList describe(const QList<Finding>& findings)
{
    return egress::testing::describeFindings(findings, QStringLiteral("negative"));
}

} // namespace

class TestNegativeRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void id();
    void counts_data();
    void counts();
    void needsEvidence();
    void onlyMagnitudeTables();
    void offWithoutProfileSetting();
    void summary();
};

void TestNegativeRule::id()
{
    QCOMPARE(NegativeRule().id(), QStringLiteral("negative"));
}

void TestNegativeRule::counts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<qint64>("negatives");
    QTest::addColumn<QString>("message"); // empty: no finding

    for (const char* action : {"review", "fail"}) {
        QTest::addRow("%s, 0 negative", action)
            << QString::fromLatin1(action) << qint64(0) << QString();
        QTest::addRow("%s, 1 negative", action)
            << QString::fromLatin1(action) << qint64(1)
            << QStringLiteral("1 of 5 contributions is negative: dominance is undefined, so a "
                              "person must judge the cell");
        QTest::addRow("%s, 3 negatives", action)
            << QString::fromLatin1(action) << qint64(3)
            << QStringLiteral("3 of 5 contributions are negative: dominance is undefined, so a "
                              "person must judge the cell");
    }
}

void TestNegativeRule::counts()
{
    QFETCH(QString, action);
    QFETCH(qint64, negatives);
    QFETCH(QString, message);

    const Evidence evidence = withNegatives(negatives);
    const QList<Finding> findings
        = NegativeRule().evaluate(statistics(), &evidence, negativeProfile(action));
    if (message.isEmpty()) {
        QCOMPARE(describe(findings), QStringList());
        return;
    }
    // The sum and the mean: the count and the extremes are not dominance statistics.
    QCOMPARE(describe(findings),
             (QStringList {QStringLiteral("%1 A×sum | %2").arg(action, message),
                           QStringLiteral("%1 A×mean | %2").arg(action, message)}));
}

void TestNegativeRule::needsEvidence()
{
    // Without evidence nothing is known about negatives, and the dominance rules already ask
    // for the evidence.
    QCOMPARE(describe(NegativeRule().evaluate(statistics(), nullptr,
                                              negativeProfile(QStringLiteral("review")))),
             QStringList());
    const Table suppressed
        = magnitudeTable({QStringLiteral("A")},
                         {valueColumn(QStringLiteral("sum"), ColumnRole::Sum)}, {std::nullopt});
    const Evidence evidence = withNegatives(2);
    QCOMPARE(describe(NegativeRule().evaluate(suppressed, &evidence,
                                              negativeProfile(QStringLiteral("review")))),
             QStringList());
}

void TestNegativeRule::onlyMagnitudeTables()
{
    const Evidence evidence = withNegatives(2);
    const Table frequency
        = egress::testing::tableOf(OutputKind::Frequency, {QStringLiteral("A")},
                                   {valueColumn(QStringLiteral("sum"), ColumnRole::Sum)}, {100});
    QCOMPARE(describe(NegativeRule().evaluate(frequency, &evidence,
                                              negativeProfile(QStringLiteral("review")))),
             QStringList());
}

void TestNegativeRule::offWithoutProfileSetting()
{
    const Evidence evidence = withNegatives(2);
    QCOMPARE(describe(NegativeRule().evaluate(statistics(), &evidence,
                                              egress::testing::profileWith(10))),
             QStringList());
}

void TestNegativeRule::summary()
{
    const Profile profile = negativeProfile(QStringLiteral("review"));
    const Evidence evidence = withNegatives(1);
    const NegativeRule rule;
    QCOMPARE(rule.summarise(rule.evaluate(statistics(), &evidence, profile), profile),
             QStringLiteral("2 cells with negative contributions"));
    const Table oneSum = magnitudeTable(
        {QStringLiteral("A")}, {valueColumn(QStringLiteral("sum"), ColumnRole::Sum)}, {100});
    QCOMPARE(rule.summarise(rule.evaluate(oneSum, &evidence, profile), profile),
             QStringLiteral("1 cell with negative contributions"));
}

QTEST_GUILESS_MAIN(TestNegativeRule)
#include "tst_negativerule.moc"
