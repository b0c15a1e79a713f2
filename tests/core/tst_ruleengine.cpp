#include "profiles/profile.h"
#include "profiles/profilecatalog.h"
#include "rules/ruleengine.h"
#include "ruletestsupport.h"
#include "table/table.h"

#include <QtTest>

#include <optional>

using egress::profiles::Profile;
using egress::profiles::ProfileCatalog;
using egress::rules::Evaluation;
using egress::rules::Finding;
using egress::rules::RuleEngine;
using egress::table::Table;

using egress::testing::areaBySex;
using egress::testing::grid;
using egress::testing::profileWith;

namespace {

// "threshold fail r0×c1 3" — one line per finding, to compare whole evaluations.
QStringList describe(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& finding : findings) {
        lines.append(
            QStringLiteral("%1 %2 %3×%4 %5 | %6")
                .arg(finding.rule, egress::rules::toString(finding.status),
                     finding.cell ? finding.cell->rowPath.join(u'/') : QStringLiteral("-"),
                     finding.cell ? finding.cell->columnPath.join(u'/') : QStringLiteral("-"),
                     finding.value ? QString::number(*finding.value) : QStringLiteral("-"),
                     finding.message));
    }
    return lines;
}

} // namespace

class TestRuleEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleIds();
    void emptyTablePasses();
    void allSuppressedTablePasses();
    void cleanTableSummary();
    void deterministic();
    void findingsInRowMajorOrder();
    void allFourRulesInEngineOrder();
    void statusIsWorst_data();
    void statusIsWorst();
};

void TestRuleEngine::ruleIds()
{
    QCOMPARE(RuleEngine().ruleIds(),
             QStringList({QStringLiteral("threshold"), QStringLiteral("secondary"),
                          QStringLiteral("zero"), QStringLiteral("class-disclosure"),
                          QStringLiteral("rounding"), QStringLiteral("dominance-nk"),
                          QStringLiteral("dominance-p"), QStringLiteral("negative"),
                          QStringLiteral("missing"), QStringLiteral("extreme-value"),
                          QStringLiteral("dof"), QStringLiteral("histogram"),
                          QStringLiteral("survival"), QStringLiteral("identifier")}));
}

void TestRuleEngine::emptyTablePasses()
{
    for (const QString& zeros :
         {QStringLiteral("safe"), QStringLiteral("review"), QStringLiteral("fail")}) {
        const Evaluation evaluation = RuleEngine().evaluate(grid(0, 3, {}), profileWith(10, zeros));
        QCOMPARE(egress::rules::toString(evaluation.status), QStringLiteral("pass"));
        QCOMPARE(evaluation.findings.size(), qsizetype(0));
        QCOMPARE(evaluation.summary, QStringLiteral("no published cells to check"));
    }
}

void TestRuleEngine::allSuppressedTablePasses()
{
    const Table table = grid(2, 2, {std::nullopt, std::nullopt, std::nullopt, std::nullopt});
    for (const QString& zeros :
         {QStringLiteral("safe"), QStringLiteral("review"), QStringLiteral("fail")}) {
        const Evaluation evaluation = RuleEngine().evaluate(table, profileWith(10, zeros));
        QCOMPARE(egress::rules::toString(evaluation.status), QStringLiteral("pass"));
        QCOMPARE(evaluation.findings.size(), qsizetype(0));
        QCOMPARE(evaluation.summary, QStringLiteral("no published cells to check"));
    }
}

void TestRuleEngine::cleanTableSummary()
{
    // 6 cells, 1 suppressed, all published ones >= t: 5 published cells pass.
    const Table table = grid(2, 3, {10, 11, std::nullopt, 25, 100, 12});
    const Evaluation evaluation
        = RuleEngine().evaluate(table, profileWith(10, QStringLiteral("fail")));
    QCOMPARE(egress::rules::toString(evaluation.status), QStringLiteral("pass"));
    QCOMPARE(evaluation.findings.size(), qsizetype(0));
    QCOMPARE(evaluation.summary, QStringLiteral("all 5 published cells pass"));

    // Zeros are no finding at all where the profile says they are safe.
    const Table withZero = grid(1, 3, {0, 11, 12});
    const Evaluation safe
        = RuleEngine().evaluate(withZero, profileWith(10, QStringLiteral("safe")));
    QCOMPARE(egress::rules::toString(safe.status), QStringLiteral("pass"));
    QCOMPARE(safe.summary, QStringLiteral("all 3 published cells pass"));

    // One published cell (t exactly): the sentence stays grammatical.
    const Evaluation single = RuleEngine().evaluate(grid(1, 2, {10, std::nullopt}),
                                                    profileWith(10, QStringLiteral("review")));
    QCOMPARE(single.summary, QStringLiteral("the 1 published cell passes"));
}

void TestRuleEngine::deterministic()
{
    const Table table = grid(3, 3, {0, 3, 12, 9, std::nullopt, 0, 40, -2, 1});
    const Profile profile = profileWith(10, QStringLiteral("review"));
    const Evaluation first = RuleEngine().evaluate(table, profile);
    const RuleEngine engine;
    const Evaluation second = engine.evaluate(table, profile);
    const Evaluation third = engine.evaluate(table, profile);
    QCOMPARE(first.findings.size(), qsizetype(6));
    QCOMPARE(describe(second.findings), describe(first.findings));
    QCOMPARE(describe(third.findings), describe(first.findings));
    QCOMPARE(second.summary, first.summary);
    QCOMPARE(egress::rules::toString(second.status), egress::rules::toString(first.status));
}

void TestRuleEngine::findingsInRowMajorOrder()
{
    // Each rule walks the table on its own; the engine interleaves their findings by cell.
    const Table table = grid(2, 3, {0, 3, 12, 9, 0, 0});
    const Evaluation evaluation
        = RuleEngine().evaluate(table, profileWith(10, QStringLiteral("review")));
    const QString review = QStringLiteral(
        "0 people: a zero can disclose that nobody in this group has the attribute; judge it in "
        "its context");
    QCOMPARE(describe(evaluation.findings),
             (QStringList {QStringLiteral("zero review r0×c0 0 | ") + review,
                           QStringLiteral("threshold fail r0×c1 3 | 3 people < threshold 10"),
                           QStringLiteral("threshold fail r1×c0 9 | 9 people < threshold 10"),
                           QStringLiteral("zero review r1×c1 0 | ") + review,
                           QStringLiteral("zero review r1×c2 0 | ") + review}));
    for (const Finding& finding : evaluation.findings) {
        QCOMPARE(finding.cell->rowPath, table.rowLabel(finding.cell->row));
        QCOMPARE(finding.cell->columnPath, table.columnLabel(finding.cell->column));
    }
    QCOMPARE(evaluation.summary,
             QStringLiteral("2 cells below threshold 10; 3 cells with zero to review"));
}

void TestRuleEngine::allFourRulesInEngineOrder()
{
    //            Male  Female  Total
    //   North      12       0     12   row North: all of it in Male; 0 a zero
    //   South       3      20     23   3 below threshold
    //   Total      15      20     35   column Female: all of it in South
    // Above 10 and not a multiple of 5, margins included: 12, 12, 23.
    const auto table = areaBySex({12, 0, 12, 3, 20, 23, 15, 20, 35});
    const QString zero = QStringLiteral(
        "0 people: a zero can disclose that nobody in this group has the attribute; judge it in "
        "its context");
    const QString row = QStringLiteral(
        "all 12 people in North fall in Male: the row discloses it of each of them");
    const QString column = QStringLiteral(
        "all 20 people in Female fall in South: the column discloses it of each of them");

    // nhse-sde: t = 10, zeros and classes to review, base 5 above 10 with margins rerounded.
    const QString nhseRounding = QStringLiteral(
        " is not rounded to base 5: profile nhse-sde publishes counts above 10 only as multiples "
        "of 5");
    const Evaluation nhse
        = RuleEngine().evaluate(table, ProfileCatalog::builtIn(QStringLiteral("nhse-sde")));
    // Within one cell the findings keep the engine's order: class-disclosure before rounding.
    QCOMPARE(describe(nhse.findings),
             (QStringList {
                 QStringLiteral("class-disclosure review North×Male 12 | ") + row,
                 QStringLiteral("rounding fail North×Male 12 | 12") + nhseRounding,
                 QStringLiteral("zero review North×Female 0 | ") + zero,
                 QStringLiteral("rounding fail North×Total 12 | 12") + nhseRounding,
                 QStringLiteral("threshold fail South×Male 3 | 3 people < threshold 10"),
                 QStringLiteral("class-disclosure review South×Female 20 | ") + column,
                 QStringLiteral("rounding fail South×Total 23 | 23") + nhseRounding,
             }));
    QCOMPARE(nhse.summary,
             QStringLiteral("1 cell below threshold 10; 1 cell with zero to review; 2 classes held "
                            "in a single cell; 3 cells not rounded to base 5"));
    QCOMPARE(egress::rules::toString(nhse.status), QStringLiteral("fail"));

    // opensafely: t = 8, zeros safe, classes fail, base 5 above 7 or midpoint-6 throughout (12
    // is not 3 mod 6, so base 5 applies).
    const QString safelyRounding = QStringLiteral(
        " is not rounded to base 5: profile opensafely publishes counts above 7 only as "
        "multiples of 5, or midpoint-6 rounded throughout");
    const Evaluation safely
        = RuleEngine().evaluate(table, ProfileCatalog::builtIn(QStringLiteral("opensafely")));
    QCOMPARE(describe(safely.findings),
             (QStringList {
                 QStringLiteral("class-disclosure fail North×Male 12 | ") + row,
                 QStringLiteral("rounding fail North×Male 12 | 12") + safelyRounding,
                 QStringLiteral("rounding fail North×Total 12 | 12") + safelyRounding,
                 QStringLiteral("threshold fail South×Male 3 | 3 people < threshold 8"),
                 QStringLiteral("class-disclosure fail South×Female 20 | ") + column,
                 QStringLiteral("rounding fail South×Total 23 | 23") + safelyRounding,
             }));
    QCOMPARE(safely.summary,
             QStringLiteral("1 cell below threshold 8; 2 classes held in a single cell; 3 cells "
                            "not rounded to base 5"));
}

void TestRuleEngine::statusIsWorst_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("t");
    QTest::addColumn<QString>("zeros");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summary");

    QTest::newRow("pass") << QList<double> {10, 20, 30, 40} << 10 << QStringLiteral("review")
                          << QStringLiteral("pass") << QStringLiteral("all 4 published cells pass");
    QTest::newRow("zero to review only")
        << QList<double> {10, 0, 30, 40} << 10 << QStringLiteral("review")
        << QStringLiteral("review") << QStringLiteral("1 cell with zero to review");
    QTest::newRow("below threshold and zero to review")
        << QList<double> {3, 0, 9, 40} << 10 << QStringLiteral("review") << QStringLiteral("fail")
        << QStringLiteral("2 cells below threshold 10; 1 cell with zero to review");
    QTest::newRow("zero that fails")
        << QList<double> {10, 0, 30, 40} << 10 << QStringLiteral("fail") << QStringLiteral("fail")
        << QStringLiteral("1 cell with zero");
    QTest::newRow("below threshold, zeros that fail")
        << QList<double> {0, 0, 9, 40} << 10 << QStringLiteral("fail") << QStringLiteral("fail")
        << QStringLiteral("1 cell below threshold 10; 2 cells with zero");
    QTest::newRow("negative count only")
        << QList<double> {10, -4, 30, 40} << 10 << QStringLiteral("safe")
        << QStringLiteral("review") << QStringLiteral("1 cell with a negative count");
    QTest::newRow("negative count and below threshold")
        << QList<double> {5, -4, 30, 40} << 10 << QStringLiteral("safe") << QStringLiteral("fail")
        << QStringLiteral("1 cell below threshold 10; 1 cell with a negative count");
    QTest::newRow("other threshold")
        << QList<double> {4, 5, 30, 40} << 5 << QStringLiteral("safe") << QStringLiteral("fail")
        << QStringLiteral("1 cell below threshold 5");
}

void TestRuleEngine::statusIsWorst()
{
    QFETCH(QList<double>, values);
    QFETCH(int, t);
    QFETCH(QString, zeros);
    QFETCH(QString, status);
    QFETCH(QString, summary);

    QList<std::optional<double>> cells;
    for (const double value : values)
        cells.append(value);
    const Evaluation evaluation = RuleEngine().evaluate(grid(2, 2, cells), profileWith(t, zeros));
    QCOMPARE(egress::rules::toString(evaluation.status), status);
    QCOMPARE(evaluation.summary, summary);
    auto worst = egress::rules::Status::Pass;
    for (const Finding& finding : evaluation.findings)
        worst = egress::rules::worst(worst, finding.status);
    QCOMPARE(egress::rules::toString(evaluation.status), egress::rules::toString(worst));
}

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
