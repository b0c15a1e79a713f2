#include "profiles/profile.h"
#include "rules/thresholdrule.h"
#include "ruletestsupport.h"
#include "table/table.h"

#include <QtTest>

#include <optional>

using egress::profiles::Profile;
using egress::rules::Finding;
using egress::rules::ThresholdRule;
using egress::table::ColumnRole;
using egress::table::LabelPath;
using egress::table::Table;
using egress::testing::areaBySex;
using egress::testing::cellOf;
using egress::testing::profileWith;
using egress::testing::valueColumn;

namespace {

QString statusOf(const Finding& finding)
{
    return egress::rules::toString(finding.status);
}

} // namespace

class TestThresholdRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void id();
    void boundaries_data();
    void boundaries();
    void findingCarriesCellAndValue();
    void marginsAreCheckedLikeCells();
    void suppressedCellsGiveNoFinding();
    void summary_data();
    void summary();
    void magnitudeStatistics_data();
    void magnitudeStatistics();
    void magnitudeStatisticsByCategory();
    void statisticOfAnotherKind();
    void otherKindsHoldNoCounts();
};

void TestThresholdRule::id()
{
    QCOMPARE(ThresholdRule().id(), QStringLiteral("threshold"));
}

void TestThresholdRule::boundaries_data()
{
    QTest::addColumn<int>("t");
    QTest::addColumn<double>("n");
    QTest::addColumn<QString>("status"); // empty: no finding
    QTest::addColumn<QString>("message");

    for (const int t : {10, 5}) {
        const QString tText = QString::number(t);
        const auto row
            = [&](const char* what) -> QTestData& { return QTest::addRow("t=%d, %s", t, what); };
        row("n = t-1") << t << double(t - 1) << QStringLiteral("fail")
                       << QStringLiteral("%1 people < threshold %2").arg(t - 1).arg(t);
        row("n = t") << t << double(t) << QString() << QString();
        row("n = t+1") << t << double(t + 1) << QString() << QString();
        row("n = 1") << t << 1.0 << QStringLiteral("fail")
                     << QStringLiteral("1 person < threshold ") + tText;
        row("n = 2") << t << 2.0 << QStringLiteral("fail")
                     << QStringLiteral("2 people < threshold ") + tText;
        row("n = 0") << t << 0.0 << QString() << QString();
        row("n = -0") << t << -0.0 << QString() << QString();
        row("n = t-0.5") << t << (t - 0.5) << QStringLiteral("fail")
                         << QStringLiteral("%1.5 people < threshold %2").arg(t - 1).arg(t);
        row("n = 0.5") << t << 0.5 << QStringLiteral("fail")
                       << QStringLiteral("0.5 people < threshold ") + tText;
        row("n = 1000000") << t << 1e6 << QString() << QString();
        row("n = -1") << t << -1.0 << QStringLiteral("review")
                      << QStringLiteral("-1 is a negative count, which a frequency table cannot "
                                        "hold: check how it was produced");
        row("n = -20") << t << -20.0 << QStringLiteral("review")
                       << QStringLiteral("-20 is a negative count, which a frequency table "
                                         "cannot hold: check how it was produced");
    }
    QTest::newRow("t=10, n = 3 (formats.md)")
        << 10 << 3.0 << QStringLiteral("fail") << QStringLiteral("3 people < threshold 10");
    QTest::newRow("t=10, n = 9.5")
        << 10 << 9.5 << QStringLiteral("fail") << QStringLiteral("9.5 people < threshold 10");
    QTest::newRow("t=1, n = 0.5") << 1 << 0.5 << QStringLiteral("fail")
                                  << QStringLiteral("0.5 people < threshold 1");
    QTest::newRow("t=1, n = 1") << 1 << 1.0 << QString() << QString();
}

void TestThresholdRule::boundaries()
{
    QFETCH(int, t);
    QFETCH(double, n);
    QFETCH(QString, status);
    QFETCH(QString, message);

    const QList<Finding> findings
        = ThresholdRule().evaluate(egress::testing::grid(1, 1, {n}), nullptr, profileWith(t));
    if (status.isEmpty()) {
        QCOMPARE(findings.size(), qsizetype(0));
        return;
    }
    QCOMPARE(findings.size(), qsizetype(1));
    QCOMPARE(findings.first().rule, QStringLiteral("threshold"));
    QCOMPARE(statusOf(findings.first()), status);
    QCOMPARE(findings.first().message, message);
    QVERIFY(findings.first().value.has_value());
    QCOMPARE(*findings.first().value, n);
}

void TestThresholdRule::findingCarriesCellAndValue()
{
    const Table table({QStringLiteral("borough"), QStringLiteral("age_band")},
                      {LabelPath {QStringLiteral("Hillingdon"), QStringLiteral("18-64")},
                       LabelPath {QStringLiteral("Hillingdon"), QStringLiteral("65+")}},
                      {LabelPath {QStringLiteral("Long Term Support: Nursing Care")},
                       LabelPath {QStringLiteral("Long Term Support: Prison")}},
                      {cellOf(12), cellOf(3), cellOf(231), cellOf(10)});
    const QList<Finding> findings = ThresholdRule().evaluate(table, nullptr, profileWith(10));
    QCOMPARE(findings.size(), qsizetype(1));
    const Finding& finding = findings.first();
    QCOMPARE(finding.rule, QStringLiteral("threshold"));
    QCOMPARE(statusOf(finding), QStringLiteral("fail"));
    QVERIFY(finding.cell.has_value());
    QCOMPARE(finding.cell->row, qsizetype(0));
    QCOMPARE(finding.cell->column, qsizetype(1));
    QCOMPARE(finding.cell->rowPath,
             (LabelPath {QStringLiteral("Hillingdon"), QStringLiteral("18-64")}));
    QCOMPARE(finding.cell->columnPath, LabelPath {QStringLiteral("Long Term Support: Prison")});
    QCOMPARE(*finding.value, 3.0);
    QCOMPARE(finding.message, QStringLiteral("3 people < threshold 10"));
}

void TestThresholdRule::marginsAreCheckedLikeCells()
{
    // Small counts in the Total column of North and in the Total row.
    const Table table = areaBySex({2, 3, 5, //
                                   20, 30, 50, //
                                   22, 33, 55});
    const QList<Finding> findings = ThresholdRule().evaluate(table, nullptr, profileWith(10));
    QCOMPARE(findings.size(), qsizetype(3));
    QCOMPARE(findings.at(0).cell->columnPath, LabelPath {QStringLiteral("Male")});
    QCOMPARE(findings.at(2).cell->rowPath, LabelPath {QStringLiteral("North")});
    QCOMPARE(findings.at(2).cell->columnPath, LabelPath {QStringLiteral("Total")});
    QCOMPARE(findings.at(2).message, QStringLiteral("5 people < threshold 10"));

    const Table smallTotalRow = areaBySex({20, 30, 50, //
                                           40, 60, 100, //
                                           4, 90, 94});
    const QList<Finding> totals = ThresholdRule().evaluate(smallTotalRow, nullptr, profileWith(10));
    QCOMPARE(totals.size(), qsizetype(1));
    QCOMPARE(totals.first().cell->row, qsizetype(2));
    QCOMPARE(totals.first().cell->rowPath, LabelPath {QStringLiteral("Total")});
    QCOMPARE(totals.first().message, QStringLiteral("4 people < threshold 10"));
}

void TestThresholdRule::suppressedCellsGiveNoFinding()
{
    const Table table = areaBySex({std::nullopt, 3, std::nullopt, //
                                   std::nullopt, std::nullopt, std::nullopt, //
                                   std::nullopt, 30, 50});
    const QList<Finding> findings = ThresholdRule().evaluate(table, nullptr, profileWith(10));
    QCOMPARE(findings.size(), qsizetype(1));
    QCOMPARE(findings.first().cell->row, qsizetype(0));
    QCOMPARE(findings.first().cell->column, qsizetype(1));

    QCOMPARE(ThresholdRule()
                 .evaluate(egress::testing::grid(1, 1, {std::nullopt}), nullptr, profileWith(10))
                 .size(),
             qsizetype(0));
}

void TestThresholdRule::summary_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("t");
    QTest::addColumn<QString>("summary");

    QTest::newRow("one below") << QList<double> {3, 40, 50, 60, 70, 80, 90, 100, 110} << 10
                               << QStringLiteral("1 cell below threshold 10");
    QTest::newRow("two below") << QList<double> {3, 40, 50, 60, 9, 80, 90, 100, 110} << 10
                               << QStringLiteral("2 cells below threshold 10");
    QTest::newRow("t = 5") << QList<double> {3, 4, 5, 6, 9, 80, 90, 100, 110} << 5
                           << QStringLiteral("2 cells below threshold 5");
    QTest::newRow("negative") << QList<double> {-3, 40, 50, 60, 70, 80, 90, 100, 110} << 10
                              << QStringLiteral("1 cell with a negative count");
    QTest::newRow("below and negative")
        << QList<double> {-3, 40, 50, 60, 7, 80, 90, -1, 8} << 10
        << QStringLiteral("2 cells below threshold 10; 2 cells with a negative count");
}

void TestThresholdRule::summary()
{
    QFETCH(QList<double>, values);
    QFETCH(int, t);
    QFETCH(QString, summary);

    QList<std::optional<double>> cells;
    for (const double value : values)
        cells.append(value);
    const Profile profile = profileWith(t);
    const ThresholdRule rule;
    const QList<Finding> findings = rule.evaluate(areaBySex(cells), nullptr, profile);
    QVERIFY(!findings.isEmpty());
    QCOMPARE(rule.summarise(findings, profile), summary);
}

void TestThresholdRule::magnitudeStatistics_data()
{
    QTest::addColumn<QString>("source"); // where n comes from: evidence, n column, unknown
    QTest::addColumn<double>("n");
    QTest::addColumn<QString>("statistic"); // the heading and role of the judged column
    QTest::addColumn<QStringList>("findings");

    const QString unknown
        = QStringLiteral("review A×%1 | the number of people behind this %2 is not published and "
                         "no evidence came with the table: the threshold cannot be checked");
    for (const char* name : {"evidence", "n column"}) {
        const QString source = QString::fromLatin1(name);
        // The n column is itself a count, judged as in a frequency table.
        const auto withCount = [&](const QString& count, const QString& statistic) {
            return source == QLatin1String("n column") && !count.isEmpty()
                ? QStringList {QStringLiteral("fail A×n | ") + count, statistic}
                : statistic.isEmpty() ? QStringList()
                                      : QStringList {statistic};
        };
        // t = 10: n = 9 fails, 10 and 11 pass.
        QTest::addRow("%s, n = t-1", name)
            << source << 9.0 << QStringLiteral("mean")
            << withCount(QStringLiteral("9 people < threshold 10"),
                         QStringLiteral("fail A×mean | a mean of 9 people < threshold 10"));
        QTest::addRow("%s, n = t", name)
            << source << 10.0 << QStringLiteral("mean") << withCount({}, {});
        QTest::addRow("%s, n = t+1", name)
            << source << 11.0 << QStringLiteral("mean") << withCount({}, {});
        QTest::addRow("%s, n = 1", name)
            << source << 1.0 << QStringLiteral("median")
            << withCount(QStringLiteral("1 person < threshold 10"),
                         QStringLiteral("fail A×median | a median of 1 person < threshold 10"));
        // Every statistic over the units, minima and maxima included.
        for (const char* statistic : {"sum", "std", "min", "max"}) {
            QTest::addRow("%s, n = t-1, %s", name, statistic)
                << source << 9.0 << QString::fromLatin1(statistic)
                << withCount(QStringLiteral("9 people < threshold 10"),
                             QStringLiteral("fail A×%1 | a %1 of 9 people < threshold 10")
                                 .arg(QLatin1String(statistic)));
        }
        // No units: nothing is described (an empty group's statistic is not published data).
        QTest::addRow("%s, n = 0", name)
            << source << 0.0 << QStringLiteral("mean") << withCount({}, {});
    }
    QTest::newRow("unknown, mean") << QStringLiteral("unknown") << 0.0 << QStringLiteral("mean")
                                   << QStringList {unknown.arg(u"mean", u"mean")};
    QTest::newRow("unknown, max") << QStringLiteral("unknown") << 0.0 << QStringLiteral("max")
                                  << QStringList {unknown.arg(u"max", u"max")};
    // A heading that names no statistic the engine knows (a rate) is still over units.
    QTest::newRow("unknown, rate") << QStringLiteral("unknown") << 0.0 << QStringLiteral("rate")
                                   << QStringList {unknown.arg(u"rate", u"statistic")};
    // "rate" is no statistic heading the engine knows, so it is taken for a category: the "n"
    // beside it counts another group, as far as the engine can tell.
    QTest::newRow("n column, n = t-1, rate")
        << QStringLiteral("n column") << 9.0 << QStringLiteral("rate")
        << QStringList {QStringLiteral("fail A×n | 9 people < threshold 10"),
                        unknown.arg(u"rate", u"statistic")};
}

void TestThresholdRule::magnitudeStatistics()
{
    QFETCH(QString, source);
    QFETCH(double, n);
    QFETCH(QString, statistic);
    QFETCH(QStringList, findings);

    const ColumnRole role
        = egress::table::columnRoleFromString(statistic).value_or(ColumnRole::Other);
    QList<egress::testing::ValueColumn> columns;
    QList<std::optional<double>> values;
    if (source == QLatin1String("n column")) {
        columns.append(valueColumn(QStringLiteral("n"), ColumnRole::Count));
        values.append(n);
    }
    columns.append(valueColumn(statistic, role));
    values.append(42.0);
    const Table table = egress::testing::magnitudeTable({QStringLiteral("A")}, columns, values);
    const egress::table::Evidence evidence = egress::testing::evidenceOf(
        {egress::testing::contributions(QStringLiteral("A"), {}, qint64(n), 500, {50, 40})});

    const QList<Finding> result = ThresholdRule().evaluate(
        table, source == QLatin1String("evidence") ? &evidence : nullptr, profileWith(10));
    QCOMPARE(egress::testing::describeFindings(result, QStringLiteral("threshold")), findings);
}

void TestThresholdRule::magnitudeStatisticsByCategory()
{
    // {Residential, n} = 9 stands behind {Residential, mean} only. {Nursing, mean} has no count
    // and no evidence; {Day care, mean} has evidence of 12 people; {Home, mean} has a suppressed
    // count, which says nothing.
    const Table table = egress::testing::magnitudeTable(
        {QStringLiteral("A")},
        {valueColumn(QStringLiteral("Residential"), QStringLiteral("n"), ColumnRole::Count),
         valueColumn(QStringLiteral("Residential"), QStringLiteral("mean"), ColumnRole::Mean),
         valueColumn(QStringLiteral("Nursing"), QStringLiteral("mean"), ColumnRole::Mean),
         valueColumn(QStringLiteral("Day care"), QStringLiteral("mean"), ColumnRole::Mean),
         valueColumn(QStringLiteral("Home"), QStringLiteral("n"), ColumnRole::Count),
         valueColumn(QStringLiteral("Home"), QStringLiteral("mean"), ColumnRole::Mean)},
        {9, 420, 380, 300, std::nullopt, 250});
    const egress::table::Evidence evidence
        = egress::testing::evidenceOf({egress::testing::contributions(
            QStringLiteral("A"), {QStringLiteral("Day care")}, 12, 3600, {400, 350})});
    const QString unknown
        = QStringLiteral(" | the number of people behind this mean is not published and no "
                         "evidence came with the table: the threshold cannot be checked");
    QCOMPARE(egress::testing::describeFindings(
                 ThresholdRule().evaluate(table, &evidence, profileWith(10)),
                 QStringLiteral("threshold")),
             (QStringList {QStringLiteral("fail A×Residential/n | 9 people < threshold 10"),
                           QStringLiteral("fail A×Residential/mean | a mean of 9 people < "
                                          "threshold 10"),
                           QStringLiteral("review A×Nursing/mean") + unknown,
                           QStringLiteral("review A×Home/mean") + unknown}));
}

void TestThresholdRule::statisticOfAnotherKind()
{
    // Evidence keyed by the "rate" column itself reaches it.
    const Table table = egress::testing::magnitudeTable(
        {QStringLiteral("A")}, {valueColumn(QStringLiteral("rate"), ColumnRole::Other)}, {0.4});
    egress::table::CellEvidence cell = egress::testing::contributions(
        QStringLiteral("A"), {QStringLiteral("rate")}, 9, 500, {50, 40});
    const egress::table::Evidence evidence = egress::testing::evidenceOf({cell});
    QCOMPARE(egress::testing::describeFindings(
                 ThresholdRule().evaluate(table, &evidence, profileWith(10)),
                 QStringLiteral("threshold")),
             QStringList {QStringLiteral("fail A×rate | a statistic of 9 people < threshold 10")});
}

void TestThresholdRule::otherKindsHoldNoCounts()
{
    // Histogram bins and survival risk sets have rules of their own; regression estimates are
    // not counts of units.
    for (const auto kind :
         {egress::table::OutputKind::Histogram, egress::table::OutputKind::Survival,
          egress::table::OutputKind::Regression}) {
        const Table table
            = egress::testing::tableOf(kind, {QStringLiteral("A")},
                                       {valueColumn(QStringLiteral("n"), ColumnRole::Count),
                                        valueColumn(QStringLiteral("mean"), ColumnRole::Mean)},
                                       {3, 4});
        QVERIFY(ThresholdRule().evaluate(table, nullptr, profileWith(10)).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestThresholdRule)
#include "tst_thresholdrule.moc"
