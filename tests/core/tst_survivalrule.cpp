#include "profiles/profile.h"
#include "rules/survivalrule.h"
#include "ruletestsupport.h"
#include "table/table.h"

#include <QtTest>

#include <optional>

using egress::profiles::Profile;
using egress::rules::Finding;
using egress::rules::SurvivalRule;
using egress::table::ColumnRole;
using egress::table::OutputKind;
using egress::table::Table;
using egress::testing::profileWithExtraRules;
using egress::testing::tableOf;
using egress::testing::valueColumn;

namespace {

// Threshold 10 for counts; the survival rule's own t.
Profile survivalProfile(int t = 10)
{
    return profileWithExtraRules(QStringLiteral(R"("survival": {"t": %1})").arg(t));
}

// Steps s0, s1, … with time, at risk, events and censored columns; values row-major.
Table lifeTable(qsizetype steps, const QList<std::optional<double>>& values)
{
    QStringList rows;
    for (qsizetype step = 0; step < steps; ++step)
        rows.append(QStringLiteral("s%1").arg(step));
    return tableOf(OutputKind::Survival, rows,
                   {valueColumn(QStringLiteral("time"), ColumnRole::Time),
                    valueColumn(QStringLiteral("at risk"), ColumnRole::AtRisk),
                    valueColumn(QStringLiteral("events"), ColumnRole::Events),
                    valueColumn(QStringLiteral("censored"), ColumnRole::Censored)},
                   values);
}

// Only time and the number at risk: who left is the fall to the next step.
Table riskOnly(const QList<double>& atRisk)
{
    QStringList rows;
    QList<std::optional<double>> values;
    for (qsizetype step = 0; step < atRisk.size(); ++step) {
        rows.append(QStringLiteral("s%1").arg(step));
        values << double(30 * step) << atRisk.at(step);
    }
    return tableOf(OutputKind::Survival, rows,
                   {valueColumn(QStringLiteral("time"), ColumnRole::Time),
                    valueColumn(QStringLiteral("at risk"), ColumnRole::AtRisk)},
                   values);
}

QStringList describe(const QList<Finding>& findings)
{
    return egress::testing::describeFindings(findings, QStringLiteral("survival"));
}

QString atRisk(const QString& where, double n, int t = 10)
{
    return QStringLiteral("fail %1 | %2 %3 at risk < %4")
        .arg(where)
        .arg(n)
        .arg(n == 1 ? QStringLiteral("person") : QStringLiteral("people"))
        .arg(t);
}

QString left(const QString& where, double n, int t = 10)
{
    return QStringLiteral("fail %1 | %2 %3 left the risk set at this step < %4: each step must "
                          "be a group of at least %4")
        .arg(where)
        .arg(n)
        .arg(n == 1 ? QStringLiteral("person") : QStringLiteral("people"))
        .arg(t);
}

} // namespace

class TestSurvivalRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void id();
    void atRiskBoundaries_data();
    void atRiskBoundaries();
    void eventsAndCensored_data();
    void eventsAndCensored();
    void fallInAtRisk();
    void eventsWithoutCensoredColumn();
    void suppressedCells();
    void oneCurvePerCategory();
    void onlySurvivalTables();
    void summary();
};

void TestSurvivalRule::id()
{
    QCOMPARE(SurvivalRule().id(), QStringLiteral("survival"));
}

void TestSurvivalRule::atRiskBoundaries_data()
{
    QTest::addColumn<int>("t");
    QTest::addColumn<double>("n");
    QTest::addColumn<bool>("fails");

    for (const int t : {10, 8}) {
        QTest::addRow("t=%d, at risk t-1", t) << t << double(t - 1) << true;
        QTest::addRow("t=%d, at risk t", t) << t << double(t) << false;
        QTest::addRow("t=%d, at risk t+1", t) << t << double(t + 1) << false;
        QTest::addRow("t=%d, at risk 1", t) << t << 1.0 << true;
        // Nobody at risk: the curve has ended, nobody is described.
        QTest::addRow("t=%d, at risk 0", t) << t << 0.0 << false;
    }
}

void TestSurvivalRule::atRiskBoundaries()
{
    QFETCH(int, t);
    QFETCH(double, n);
    QFETCH(bool, fails);

    // One step, the last: nobody leaves at it (0 events, 0 censored).
    const QList<Finding> findings
        = SurvivalRule().evaluate(lifeTable(1, {0, n, 0, 0}), nullptr, survivalProfile(t));
    QCOMPARE(describe(findings),
             fails ? QStringList {atRisk(QStringLiteral("s0×at risk"), n, t)} : QStringList());
}

void TestSurvivalRule::eventsAndCensored_data()
{
    QTest::addColumn<double>("events");
    QTest::addColumn<double>("censored");
    QTest::addColumn<bool>("fails");

    // Left = events + censored, against t = 10.
    QTest::newRow("4 + 5 = t-1") << 4.0 << 5.0 << true;
    QTest::newRow("5 + 5 = t") << 5.0 << 5.0 << false;
    QTest::newRow("6 + 5 = t+1") << 6.0 << 5.0 << false;
    QTest::newRow("9 + 0 = t-1") << 9.0 << 0.0 << true;
    QTest::newRow("0 + 9 = t-1") << 0.0 << 9.0 << true;
    QTest::newRow("1 + 0 = 1") << 1.0 << 0.0 << true;
    QTest::newRow("0 + 0: nobody left") << 0.0 << 0.0 << false;
}

void TestSurvivalRule::eventsAndCensored()
{
    QFETCH(double, events);
    QFETCH(double, censored);
    QFETCH(bool, fails);

    // 100 at risk; the events and censored of this step are all that is judged (the next step's
    // 100 − left is consistent, but not used when events are published).
    const double leaving = events + censored;
    const Table table = lifeTable(2,
                                  {0, 100, events, censored, //
                                   30, 100 - leaving, 20, 20});
    QCOMPARE(describe(SurvivalRule().evaluate(table, nullptr, survivalProfile())),
             fails ? QStringList {left(QStringLiteral("s0×events"), leaving)} : QStringList());
}

void TestSurvivalRule::fallInAtRisk()
{
    // 100 → 91: 9 left (fails); 91 → 81: 10 (passes); 81 → 81: 0; 81 → 75: 6 (fails); 75 is
    // the last step: nothing follows, so nothing is computed for it.
    const QList<Finding> findings
        = SurvivalRule().evaluate(riskOnly({100, 91, 81, 81, 75}), nullptr, survivalProfile());
    QCOMPARE(describe(findings),
             (QStringList {left(QStringLiteral("s0×at risk"), 9),
                           left(QStringLiteral("s3×at risk"), 6)}));
    QCOMPARE(*findings.at(0).value, 9.0);
    // The last step is still judged for its own number at risk: 9 < 10.
    QCOMPARE(describe(SurvivalRule().evaluate(riskOnly({100, 90, 9}), nullptr, survivalProfile())),
             QStringList {atRisk(QStringLiteral("s2×at risk"), 9)});
    // 12 → 9: 3 left at s0, and 9 are at risk at s1.
    QCOMPARE(describe(SurvivalRule().evaluate(riskOnly({12, 9}), nullptr, survivalProfile())),
             (QStringList {left(QStringLiteral("s0×at risk"), 3),
                           atRisk(QStringLiteral("s1×at risk"), 9)}));
}

void TestSurvivalRule::eventsWithoutCensoredColumn()
{
    // Without a censored column, the events alone are who left.
    const Table table = tableOf(OutputKind::Survival, {QStringLiteral("s0"), QStringLiteral("s1")},
                                {valueColumn(QStringLiteral("at risk"), ColumnRole::AtRisk),
                                 valueColumn(QStringLiteral("events"), ColumnRole::Events)},
                                {100, 9, 91, 10});
    QCOMPARE(describe(SurvivalRule().evaluate(table, nullptr, survivalProfile())),
             QStringList {left(QStringLiteral("s0×events"), 9)});
}

void TestSurvivalRule::suppressedCells()
{
    const std::optional<double> hidden;
    // s0: at risk suppressed, 4 + 5 left (fails); s1: censored suppressed, so how many left
    // is unknown; s2: 5 at risk (fails), events and censored suppressed.
    const Table table = lifeTable(3,
                                  {0, hidden, 4, 5, //
                                   30, 50, 3, hidden, //
                                   60, 5, hidden, hidden});
    QCOMPARE(describe(SurvivalRule().evaluate(table, nullptr, survivalProfile())),
             (QStringList {left(QStringLiteral("s0×events"), 9),
                           atRisk(QStringLiteral("s2×at risk"), 5)}));
    // Without events columns, a suppressed next step hides the fall.
    const Table risk = tableOf(
        OutputKind::Survival, {QStringLiteral("s0"), QStringLiteral("s1"), QStringLiteral("s2")},
        {valueColumn(QStringLiteral("at risk"), ColumnRole::AtRisk)}, {100, hidden, 95});
    QCOMPARE(describe(SurvivalRule().evaluate(risk, nullptr, survivalProfile())), QStringList());
}

void TestSurvivalRule::oneCurvePerCategory()
{
    // A wide table: Male and Female curves side by side, each judged on its own columns.
    const Table table = tableOf(
        OutputKind::Survival, {QStringLiteral("s0"), QStringLiteral("s1")},
        {valueColumn(QStringLiteral("time"), ColumnRole::Time),
         valueColumn(QStringLiteral("Male"), QStringLiteral("at risk"), ColumnRole::AtRisk),
         valueColumn(QStringLiteral("Male"), QStringLiteral("events"), ColumnRole::Events),
         valueColumn(QStringLiteral("Female"), QStringLiteral("at risk"), ColumnRole::AtRisk),
         valueColumn(QStringLiteral("Female"), QStringLiteral("events"), ColumnRole::Events)},
        {0, 100, 20, 50, 3, //
         30, 80, 10, 9, 0});
    QCOMPARE(describe(SurvivalRule().evaluate(table, nullptr, survivalProfile())),
             (QStringList {left(QStringLiteral("s0×Female/events"), 3),
                           atRisk(QStringLiteral("s1×Female/at risk"), 9)}));
}

void TestSurvivalRule::onlySurvivalTables()
{
    Table frequency = lifeTable(1, {0, 3, 1, 1});
    frequency.setKind(OutputKind::Frequency);
    QCOMPARE(describe(SurvivalRule().evaluate(frequency, nullptr, survivalProfile())),
             QStringList());
    QCOMPARE(describe(SurvivalRule().evaluate(lifeTable(1, {0, 3, 1, 1}), nullptr,
                                              egress::testing::profileWith(10))),
             QStringList());
}

void TestSurvivalRule::summary()
{
    const Profile profile = survivalProfile();
    const SurvivalRule rule;
    QCOMPARE(rule.summarise(rule.evaluate(riskOnly({12, 9}), nullptr, profile), profile),
             QStringLiteral("2 cells of the survival table below 10"));
}

QTEST_GUILESS_MAIN(TestSurvivalRule)
#include "tst_survivalrule.moc"
