#include "profiles/profile.h"
#include "rules/dominancenkrule.h"
#include "ruletestsupport.h"
#include "table/evidence.h"
#include "table/table.h"

#include <QtTest>

#include <optional>

using egress::profiles::Profile;
using egress::rules::DominanceNkRule;
using egress::rules::Finding;
using egress::table::CellEvidence;
using egress::table::ColumnRole;
using egress::table::Evidence;
using egress::table::LabelPath;
using egress::table::OutputKind;
using egress::table::Table;
using egress::testing::contributions;
using egress::testing::evidenceOf;
using egress::testing::magnitudeTable;
using egress::testing::profileWithExtraRules;
using egress::testing::tableOf;
using egress::testing::valueColumn;

namespace {

Profile nkProfile(int n, double k, const QString& comparison, bool negativeRule = false)
{
    QString rules = QStringLiteral(R"("dominance-nk": {"n": %1, "k": %2, "comparison": "%3"})")
                        .arg(n)
                        .arg(k)
                        .arg(comparison);
    if (negativeRule)
        rules += QStringLiteral(R"(, "negative": {"action": "review"})");
    return profileWithExtraRules(rules);
}

Profile defaultNk()
{
    return nkProfile(2, 90, QStringLiteral(">"));
}

// One published sum for group A; its value is irrelevant to dominance.
Table oneSum()
{
    return magnitudeTable({QStringLiteral("A")},
                          {valueColumn(QStringLiteral("sum"), ColumnRole::Sum)}, {1000.0});
}

QStringList describe(const QList<Finding>& findings)
{
    return egress::testing::describeFindings(findings, QStringLiteral("dominance-nk"));
}

const QString kNoEvidence
    = QStringLiteral("dominance needs contributor evidence: none came with this %1, so a person "
                     "must judge whether one or two people dominate it");

} // namespace

class TestDominanceNkRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void id();
    void boundaries_data();
    void boundaries();
    void negatives_data();
    void negatives();
    void withoutEvidence_data();
    void withoutEvidence();
    void marginsAreJudged();
    void suppressedCellsAreSkipped();
    void onlyDominanceStatisticsAreJudged();
    void frequencyTablesAreNeverJudged();
    void evidenceFoundThroughMultiLevelColumns();
    void offWithoutProfileSetting();
    void summary();
};

void TestDominanceNkRule::id()
{
    QCOMPARE(DominanceNkRule().id(), QStringLiteral("dominance-nk"));
}

void TestDominanceNkRule::boundaries_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("k");
    QTest::addColumn<QString>("comparison");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<double>("total");
    QTest::addColumn<QList<double>>("top");
    QTest::addColumn<QString>("status"); // empty: no finding
    QTest::addColumn<QString>("message");

    const QString gt = QStringLiteral(">");
    const QString ge = QStringLiteral(">=");
    const QString fail = QStringLiteral("fail");
    const QString review = QStringLiteral("review");
    using List = QList<double>;

    // n = 2, k = 90.
    // 60 + 30 = 90 = 0.90 · 100: exactly k%.
    QTest::newRow("X=100, [60,30] = 90%, >")
        << 2 << 90.0 << gt << qint64(5) << 100.0 << List {60, 30} << QString() << QString();
    QTest::newRow("X=100, [60,30] = 90%, >=")
        << 2 << 90.0 << ge << qint64(5) << 100.0 << List {60, 30} << fail
        << QStringLiteral("the 2 largest contributors hold 90% of the total (limit below 90%)");
    // 600 + 299 = 899 = 89.9% of 1000: just below k.
    QTest::newRow("X=1000, [600,299] = 89.9%, >")
        << 2 << 90.0 << gt << qint64(5) << 1000.0 << List {600, 299} << QString() << QString();
    QTest::newRow("X=1000, [600,299] = 89.9%, >=")
        << 2 << 90.0 << ge << qint64(5) << 1000.0 << List {600, 299} << QString() << QString();
    // 600 + 300 = 900 = 90% of 1000: exactly k.
    QTest::newRow("X=1000, [600,300] = 90%, >")
        << 2 << 90.0 << gt << qint64(5) << 1000.0 << List {600, 300} << QString() << QString();
    QTest::newRow("X=1000, [600,300] = 90%, >=")
        << 2 << 90.0 << ge << qint64(5) << 1000.0 << List {600, 300} << fail
        << QStringLiteral("the 2 largest contributors hold 90% of the total (limit below 90%)");
    // 600 + 301 = 901 = 90.1% of 1000: just above k.
    QTest::newRow("X=1000, [600,301] = 90.1%, >")
        << 2 << 90.0 << gt << qint64(5) << 1000.0 << List {600, 301} << fail
        << QStringLiteral("the 2 largest contributors hold 90.1% of the total (limit 90%)");
    QTest::newRow("X=1000, [600,301] = 90.1%, >=")
        << 2 << 90.0 << ge << qint64(5) << 1000.0 << List {600, 301} << fail
        << QStringLiteral("the 2 largest contributors hold 90.1% of the total (limit below 90%)");
    // Only the n largest count: 600 + 300 = 90% whatever the third is.
    QTest::newRow("X=1000, [600,300,50]: third ignored")
        << 2 << 90.0 << gt << qint64(5) << 1000.0 << List {600, 300, 50} << QString() << QString();

    // n = 1, k = 50: 500 of 1000 is exactly 50%.
    QTest::newRow("n=1, [500] of 1000 = 50%, >")
        << 1 << 50.0 << gt << qint64(4) << 1000.0 << List {500} << QString() << QString();
    QTest::newRow("n=1, [500] of 1000 = 50%, >=")
        << 1 << 50.0 << ge << qint64(4) << 1000.0 << List {500} << fail
        << QStringLiteral("the largest contributor holds 50% of the total (limit below 50%)");
    // 499 / 1000 = 49.9%, 501 / 1000 = 50.1%.
    QTest::newRow("n=1, [499] = 49.9%, >=")
        << 1 << 50.0 << ge << qint64(4) << 1000.0 << List {499} << QString() << QString();
    QTest::newRow("n=1, [501] = 50.1%, >")
        << 1 << 50.0 << gt << qint64(4) << 1000.0 << List {501} << fail
        << QStringLiteral("the largest contributor holds 50.1% of the total (limit 50%)");

    // n = 3, k = 90: 400 + 300 + 200 = 900 = 90% of 1000.
    QTest::newRow("n=3, [400,300,200] = 90%, >") << 3 << 90.0 << gt << qint64(10) << 1000.0
                                                 << List {400, 300, 200} << QString() << QString();
    QTest::newRow("n=3, [400,300,200] = 90%, >=")
        << 3 << 90.0 << ge << qint64(10) << 1000.0 << List {400, 300, 200} << fail
        << QStringLiteral("the 3 largest contributors hold 90% of the total (limit below 90%)");
    // 400 + 300 + 199 = 899 = 89.9%; 400 + 300 + 201 = 901 = 90.1%.
    QTest::newRow("n=3, [400,300,199] = 89.9%, >=")
        << 3 << 90.0 << ge << qint64(10) << 1000.0 << List {400, 300, 199} << QString()
        << QString();
    QTest::newRow("n=3, [400,300,201] = 90.1%, >")
        << 3 << 90.0 << gt << qint64(10) << 1000.0 << List {400, 300, 201} << fail
        << QStringLiteral("the 3 largest contributors hold 90.1% of the total (limit 90%)");

    // Fewer units than n: the units there are hold everything.
    // 1 unit, n = 2: min(2, 1) = 1 largest = 100 of 100 = 100%.
    QTest::newRow("1 unit, n=2: 100%")
        << 2 << 90.0 << gt << qint64(1) << 100.0 << List {100} << fail
        << QStringLiteral("the largest contributor holds 100% of the total (limit 90%)");
    // 2 units, n = 3: 70 + 30 = 100 of 100.
    QTest::newRow("2 units, n=3: 100%")
        << 3 << 90.0 << gt << qint64(2) << 100.0 << List {70, 30} << fail
        << QStringLiteral("the 2 largest contributors hold 100% of the total (limit 90%)");

    // A total of zero or less has no dominant share (ACRO, tau-ARGUS).
    QTest::newRow("X = 0") << 2 << 90.0 << gt << qint64(3) << 0.0 << List {0, 0, 0} << QString()
                           << QString();
    QTest::newRow("X = 0, >=") << 2 << 90.0 << ge << qint64(3) << 0.0 << List {0, 0, 0} << QString()
                               << QString();
    QTest::newRow("X < 0") << 2 << 90.0 << gt << qint64(3) << -40.0 << List {0, 0, 0} << QString()
                           << QString();

    // The evidence must list the n largest (or all units, when fewer).
    QTest::newRow("1 of 2 largest listed")
        << 2 << 90.0 << gt << qint64(10) << 1000.0 << List {600} << review
        << QStringLiteral("the evidence lists 1 of the 2 largest contributions: dominance "
                          "cannot be judged");
    QTest::newRow("none of 2 listed")
        << 2 << 90.0 << gt << qint64(10) << 1000.0 << List {} << review
        << QStringLiteral("the evidence lists 0 of the 2 largest contributions: dominance "
                          "cannot be judged");
    QTest::newRow("2 of 3 largest listed")
        << 3 << 90.0 << gt << qint64(10) << 1000.0 << List {600, 300} << review
        << QStringLiteral("the evidence lists 2 of the 3 largest contributions: dominance "
                          "cannot be judged");
    // 1 unit: min(2, 1) = 1 needed, none listed.
    QTest::newRow("1 unit, none listed")
        << 2 << 90.0 << gt << qint64(1) << 100.0 << List {} << review
        << QStringLiteral("the evidence does not list the largest contribution: dominance "
                          "cannot be judged");
}

void TestDominanceNkRule::boundaries()
{
    QFETCH(int, n);
    QFETCH(double, k);
    QFETCH(QString, comparison);
    QFETCH(qint64, units);
    QFETCH(double, total);
    QFETCH(QList<double>, top);
    QFETCH(QString, status);
    QFETCH(QString, message);

    const Evidence evidence
        = evidenceOf({contributions(QStringLiteral("A"), {}, units, total, top)});
    const QList<Finding> findings
        = DominanceNkRule().evaluate(oneSum(), &evidence, nkProfile(n, k, comparison));
    if (status.isEmpty()) {
        QCOMPARE(describe(findings), QStringList());
        return;
    }
    QCOMPARE(describe(findings),
             QStringList {QStringLiteral("%1 A×sum | %2").arg(status, message)});
    QCOMPARE(*findings.first().value, 1000.0);
}

void TestDominanceNkRule::negatives_data()
{
    QTest::addColumn<qint64>("negatives");
    QTest::addColumn<double>("total");
    QTest::addColumn<bool>("negativeRule");
    QTest::addColumn<QString>("message"); // empty: no finding

    // With the negative rule on, that rule says it (once); dominance stays silent.
    QTest::newRow("1 negative, negative rule on") << qint64(1) << 1000.0 << true << QString();
    QTest::newRow("3 negatives, negative rule on") << qint64(3) << 1000.0 << true << QString();
    QTest::newRow("3 negatives, X < 0, negative rule on")
        << qint64(3) << -40.0 << true << QString();
    // Without it, dominance says itself that it cannot judge the cell, even for X ≤ 0.
    QTest::newRow("1 negative, negative rule off")
        << qint64(1) << 1000.0 << false
        << QStringLiteral("dominance is undefined: 1 contribution is negative");
    QTest::newRow("3 negatives, negative rule off")
        << qint64(3) << 1000.0 << false
        << QStringLiteral("dominance is undefined: 3 contributions are negative");
    QTest::newRow("3 negatives, X < 0, negative rule off")
        << qint64(3) << -40.0 << false
        << QStringLiteral("dominance is undefined: 3 contributions are negative");
    QTest::newRow("no negatives, negative rule off") << qint64(0) << 1000.0 << false << QString();
}

void TestDominanceNkRule::negatives()
{
    QFETCH(qint64, negatives);
    QFETCH(double, total);
    QFETCH(bool, negativeRule);
    QFETCH(QString, message);

    // [600, 301] of 1000 would fail: 90.1% > 90%. A negative takes precedence.
    CellEvidence cell = contributions(QStringLiteral("A"), {}, 5, total, {600, 301});
    cell.negatives = negatives;
    if (negatives == 0)
        cell.top = {600, 200}; // 80%: passes
    const Evidence evidence = evidenceOf({cell});
    const QList<Finding> findings = DominanceNkRule().evaluate(
        oneSum(), &evidence, nkProfile(2, 90, QStringLiteral(">"), negativeRule));
    if (message.isEmpty()) {
        QCOMPARE(describe(findings), QStringList());
        return;
    }
    QCOMPARE(describe(findings), QStringList {QStringLiteral("review A×sum | ") + message});
}

void TestDominanceNkRule::withoutEvidence_data()
{
    QTest::addColumn<QString>("statistic"); // heading and role
    QTest::addColumn<bool>("evidenceForAnotherCell");

    for (const char* statistic : {"sum", "mean", "median", "std"}) {
        const QString name = QString::fromLatin1(statistic);
        QTest::addRow("%s, no evidence", statistic) << name << false;
        QTest::addRow("%s, evidence only for group B", statistic) << name << true;
    }
}

void TestDominanceNkRule::withoutEvidence()
{
    QFETCH(QString, statistic);
    QFETCH(bool, evidenceForAnotherCell);

    const Table table = magnitudeTable(
        {QStringLiteral("A")},
        {valueColumn(statistic, *egress::table::columnRoleFromString(statistic))}, {50.0});
    const Evidence other
        = evidenceOf({contributions(QStringLiteral("B"), {}, 5, 1000, {600, 301})});
    const QList<Finding> findings
        = DominanceNkRule().evaluate(table, evidenceForAnotherCell ? &other : nullptr, defaultNk());
    QCOMPARE(
        describe(findings),
        QStringList {QStringLiteral("review A×%1 | ").arg(statistic) + kNoEvidence.arg(statistic)});
}

void TestDominanceNkRule::marginsAreJudged()
{
    // Only the Total row is dominated: 950 of 1000 = 95% > 90%.
    const Table table = magnitudeTable(
        {QStringLiteral("North"), QStringLiteral("South"), QStringLiteral("Total")},
        {valueColumn(QStringLiteral("sum"), ColumnRole::Sum)}, {400.0, 600.0, 1000.0});
    const Evidence evidence = evidenceOf(
        {contributions(QStringLiteral("North"), {}, 10, 400, {100, 90}), // 190/400 = 47.5%
         contributions(QStringLiteral("South"), {}, 10, 600, {200, 100}), // 300/600 = 50%
         contributions(QStringLiteral("Total"), {}, 20, 1000, {900, 50})}); // 950/1000 = 95%
    QCOMPARE(describe(DominanceNkRule().evaluate(table, &evidence, defaultNk())),
             QStringList {QStringLiteral("fail Total×sum | the 2 largest contributors hold 95% "
                                         "of the total (limit 90%)")});
}

void TestDominanceNkRule::suppressedCellsAreSkipped()
{
    // North is suppressed: neither its dominated evidence nor South's missing evidence for a
    // suppressed cell gives a finding.
    const Table table = magnitudeTable({QStringLiteral("North"), QStringLiteral("South")},
                                       {valueColumn(QStringLiteral("sum"), ColumnRole::Sum)},
                                       {std::nullopt, std::nullopt});
    const Evidence evidence
        = evidenceOf({contributions(QStringLiteral("North"), {}, 2, 100, {99, 1})});
    QCOMPARE(describe(DominanceNkRule().evaluate(table, &evidence, defaultNk())), QStringList());
    QCOMPARE(describe(DominanceNkRule().evaluate(table, nullptr, defaultNk())), QStringList());
}

void TestDominanceNkRule::onlyDominanceStatisticsAreJudged()
{
    // One group, one set of contributions (99 of 100 = 99%), every kind of column.
    const Table table = magnitudeTable({QStringLiteral("A")},
                                       {valueColumn(QStringLiteral("n"), ColumnRole::Count),
                                        valueColumn(QStringLiteral("sum"), ColumnRole::Sum),
                                        valueColumn(QStringLiteral("mean"), ColumnRole::Mean),
                                        valueColumn(QStringLiteral("median"), ColumnRole::Median),
                                        valueColumn(QStringLiteral("std"), ColumnRole::Std),
                                        valueColumn(QStringLiteral("min"), ColumnRole::Min),
                                        valueColumn(QStringLiteral("max"), ColumnRole::Max),
                                        valueColumn(QStringLiteral("p25"), ColumnRole::Percentile),
                                        valueColumn(QStringLiteral("rate"), ColumnRole::Other)},
                                       {12, 100, 8.3, 1, 27, 0, 90, 0.5, 0.1});
    const Evidence evidence
        = evidenceOf({contributions(QStringLiteral("A"), {}, 12, 100, {90, 9})});
    const QString message
        = QStringLiteral("the 2 largest contributors hold 99% of the total (limit 90%)");
    QCOMPARE(describe(DominanceNkRule().evaluate(table, &evidence, defaultNk())),
             (QStringList {QStringLiteral("fail A×sum | ") + message,
                           QStringLiteral("fail A×mean | ") + message,
                           QStringLiteral("fail A×median | ") + message,
                           QStringLiteral("fail A×std | ") + message}));
    // Without evidence, the same four go to review; the count, minimum, maximum, percentile and
    // rate do not.
    QCOMPARE(describe(DominanceNkRule().evaluate(table, nullptr, defaultNk())),
             (QStringList {QStringLiteral("review A×sum | ") + kNoEvidence.arg(u"sum"),
                           QStringLiteral("review A×mean | ") + kNoEvidence.arg(u"mean"),
                           QStringLiteral("review A×median | ") + kNoEvidence.arg(u"median"),
                           QStringLiteral("review A×std | ") + kNoEvidence.arg(u"std")}));
}

void TestDominanceNkRule::frequencyTablesAreNeverJudged()
{
    const Evidence evidence = evidenceOf({contributions(QStringLiteral("A"), {}, 2, 100, {99, 1})});
    // A frequency table's cells are counts, even under a heading that names a statistic.
    for (const ColumnRole role : {ColumnRole::Count, ColumnRole::Sum}) {
        const Table table = tableOf(OutputKind::Frequency, {QStringLiteral("A")},
                                    {valueColumn(QStringLiteral("sum"), role)}, {100.0});
        QCOMPARE(describe(DominanceNkRule().evaluate(table, &evidence, defaultNk())),
                 QStringList());
        QCOMPARE(describe(DominanceNkRule().evaluate(table, nullptr, defaultNk())), QStringList());
    }
    for (const OutputKind kind :
         {OutputKind::Histogram, OutputKind::Survival, OutputKind::Regression, OutputKind::Other}) {
        const Table table = tableOf(kind, {QStringLiteral("A")},
                                    {valueColumn(QStringLiteral("mean"), ColumnRole::Mean)}, {5.0});
        QCOMPARE(describe(DominanceNkRule().evaluate(table, nullptr, defaultNk())), QStringList());
    }
}

void TestDominanceNkRule::evidenceFoundThroughMultiLevelColumns()
{
    // Columns {Residential, n}, {Residential, mean}, {Nursing, mean}: the evidence is keyed by
    // the categories alone, {Residential} and {Nursing}, as Evidence::find drops "mean" and "n".
    const Table table = magnitudeTable(
        {QStringLiteral("A")},
        {valueColumn(QStringLiteral("Residential"), QStringLiteral("n"), ColumnRole::Count),
         valueColumn(QStringLiteral("Residential"), QStringLiteral("mean"), ColumnRole::Mean),
         valueColumn(QStringLiteral("Nursing"), QStringLiteral("mean"), ColumnRole::Mean)},
        {20, 50, 40});
    const Evidence both
        = evidenceOf({contributions(QStringLiteral("A"), {QStringLiteral("Residential")}, 20, 1000,
                                    {800, 150}), // 950 / 1000 = 95%
                      contributions(QStringLiteral("A"), {QStringLiteral("Nursing")}, 20, 800,
                                    {100, 100})}); // 200 / 800 = 25%
    const QList<Finding> findings = DominanceNkRule().evaluate(table, &both, defaultNk());
    QCOMPARE(describe(findings),
             QStringList {QStringLiteral("fail A×Residential/mean | the 2 largest contributors "
                                         "hold 95% of the total (limit 90%)")});
    QCOMPARE(findings.first().cell->column, qsizetype(1));
    QCOMPARE(findings.first().cell->columnPath,
             (LabelPath {QStringLiteral("Residential"), QStringLiteral("mean")}));

    const Evidence residentialOnly = evidenceOf({contributions(
        QStringLiteral("A"), {QStringLiteral("Residential")}, 20, 1000, {800, 150})});
    QCOMPARE(describe(DominanceNkRule().evaluate(table, &residentialOnly, defaultNk())),
             (QStringList {QStringLiteral("fail A×Residential/mean | the 2 largest contributors "
                                          "hold 95% of the total (limit 90%)"),
                           QStringLiteral("review A×Nursing/mean | ") + kNoEvidence.arg(u"mean")}));
}

void TestDominanceNkRule::offWithoutProfileSetting()
{
    const Evidence evidence = evidenceOf({contributions(QStringLiteral("A"), {}, 2, 100, {99, 1})});
    const Profile withoutNk = egress::testing::profileWith(10);
    QCOMPARE(describe(DominanceNkRule().evaluate(oneSum(), &evidence, withoutNk)), QStringList());
    QCOMPARE(describe(DominanceNkRule().evaluate(oneSum(), nullptr, withoutNk)), QStringList());
}

void TestDominanceNkRule::summary()
{
    const Table table
        = magnitudeTable({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                         {valueColumn(QStringLiteral("sum"), ColumnRole::Sum)}, {100, 100, 100});
    const Evidence evidence
        = evidenceOf({contributions(QStringLiteral("A"), {}, 2, 100, {99, 1}),
                      contributions(QStringLiteral("B"), {}, 2, 100, {60, 40})});
    const Profile profile = defaultNk();
    const DominanceNkRule rule;
    // A and B fail (100%), C has no evidence.
    QCOMPARE(rule.summarise(rule.evaluate(table, &evidence, profile), profile),
             QStringLiteral("2 cells dominated by 2 contributors (NK 2, 90%); 1 cell whose "
                            "dominance needs review"));
}

QTEST_GUILESS_MAIN(TestDominanceNkRule)
#include "tst_dominancenkrule.moc"
