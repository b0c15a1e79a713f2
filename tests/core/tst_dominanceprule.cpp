#include "profiles/profile.h"
#include "profiles/profilecatalog.h"
#include "rules/dominanceprule.h"
#include "ruletestsupport.h"
#include "table/evidence.h"
#include "table/table.h"

#include <QtTest>

using egress::profiles::Profile;
using egress::profiles::ProfileCatalog;
using egress::rules::DominancePRule;
using egress::rules::Finding;
using egress::table::CellEvidence;
using egress::table::ColumnRole;
using egress::table::Evidence;
using egress::table::Table;
using egress::testing::contributions;
using egress::testing::evidenceOf;
using egress::testing::magnitudeTable;
using egress::testing::profileWithExtraRules;
using egress::testing::valueColumn;

namespace {

Profile pProfile(double p, bool nonPositiveTotalFails, bool withNk = false,
                 bool negativeRule = false)
{
    QString rules
        = QStringLiteral(R"("dominance-p": {"p": %1, "non-positive-total": "%2"})")
              .arg(p)
              .arg(nonPositiveTotalFails ? QStringLiteral("fail") : QStringLiteral("pass"));
    if (withNk)
        rules += QStringLiteral(R"(, "dominance-nk": {"n": 2, "k": 90})");
    if (negativeRule)
        rules += QStringLiteral(R"(, "negative": {"action": "review"})");
    return profileWithExtraRules(rules);
}

// One published mean for group A.
Table oneMean()
{
    return magnitudeTable({QStringLiteral("A")},
                          {valueColumn(QStringLiteral("mean"), ColumnRole::Mean)}, {42.0});
}

QStringList describe(const QList<Finding>& findings)
{
    return egress::testing::describeFindings(findings, QStringLiteral("dominance-p"));
}

const QString kTooClose
    = QStringLiteral("the rest of the total after the two largest contributors is %1 of the "
                     "largest, less than p = %2%: the second largest could estimate the largest "
                     "too closely");

} // namespace

class TestDominancePRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void id();
    void boundaries_data();
    void boundaries();
    void negatives_data();
    void negatives();
    void missingEvidenceOnlyWithoutNk();
    void acroDefaultFailsNonPositiveTotals();
    void summary();
};

void TestDominancePRule::id()
{
    QCOMPARE(DominancePRule().id(), QStringLiteral("dominance-p"));
}

void TestDominancePRule::boundaries_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<bool>("nonPositiveTotalFails");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<double>("total");
    QTest::addColumn<QList<double>>("top");
    QTest::addColumn<QString>("status"); // empty: no finding
    QTest::addColumn<QString>("message");

    const QString fail = QStringLiteral("fail");
    const QString review = QStringLiteral("review");
    using List = QList<double>;

    // x1 = 100, x2 = 50: the rest X − 150 against p% of x1 = 10.
    // 160 − 100 − 50 = 10 = 0.10 · 100: exactly p%, passes (the rule is strict <).
    QTest::newRow("rest = p% of x1")
        << 10.0 << false << qint64(3) << 160.0 << List {100, 50} << QString() << QString();
    // 159 − 150 = 9 < 10: 9 / 100 = 9%.
    QTest::newRow("rest just below p% of x1")
        << 10.0 << false << qint64(3) << 159.0 << List {100, 50} << fail
        << kTooClose.arg(QStringLiteral("9%"), QStringLiteral("10"));
    // 159.9 − 150 = 9.9 < 10: 9.9%.
    QTest::newRow("rest 9.9% of x1")
        << 10.0 << false << qint64(3) << 159.9 << List {100, 50} << fail
        << kTooClose.arg(QStringLiteral("9.9%"), QStringLiteral("10"));
    // 161 − 150 = 11 > 10.
    QTest::newRow("rest just above p% of x1")
        << 10.0 << false << qint64(3) << 161.0 << List {100, 50} << QString() << QString();
    // p = 20: 170 − 150 = 20 = 0.20 · 100 passes; 169 − 150 = 19 fails.
    QTest::newRow("p=20, rest = 20% of x1")
        << 20.0 << false << qint64(4) << 170.0 << List {100, 50} << QString() << QString();
    QTest::newRow("p=20, rest 19% of x1")
        << 20.0 << false << qint64(4) << 169.0 << List {100, 50} << fail
        << kTooClose.arg(QStringLiteral("19%"), QStringLiteral("20"));

    // One or two contributors and X > 0: the rest is 0 < p% of x1 > 0.
    QTest::newRow("1 contributor") << 10.0 << false << qint64(1) << 50.0 << List {50} << fail
                                   << QStringLiteral("only 1 person contributes: the cell "
                                                     "publishes their own value");
    QTest::newRow("1 contributor, non-positive totals fail")
        << 10.0 << true << qint64(1) << 50.0 << List {50} << fail
        << QStringLiteral("only 1 person contributes: the cell publishes their own value");
    QTest::newRow("2 contributors") << 10.0 << false << qint64(2) << 100.0 << List {60, 40} << fail
                                    << QStringLiteral("only 2 people contribute: each could work "
                                                      "out the other's value exactly");
    // 100 − 100 − 0 = 0 < 10: a second contributor of 0 still knows the first.
    QTest::newRow("2 contributors, one of them 0")
        << 10.0 << false << qint64(2) << 100.0 << List {100, 0} << fail
        << QStringLiteral("only 2 people contribute: each could work out the other's value "
                          "exactly");

    // All-zero cell and totals below zero: pass, unless the profile fails them (ACRO).
    QTest::newRow("all-zero cell")
        << 10.0 << false << qint64(4) << 0.0 << List {0, 0} << QString() << QString();
    QTest::newRow("all-zero cell, non-positive totals fail")
        << 10.0 << true << qint64(4) << 0.0 << List {0, 0} << fail
        << QStringLiteral("the total is 0: profile test treats a total of zero or less as "
                          "disclosive, as ACRO does");
    QTest::newRow("X < 0") << 10.0 << false << qint64(4) << -40.0 << List {0, 0} << QString()
                           << QString();
    QTest::newRow("X < 0, non-positive totals fail")
        << 10.0 << true << qint64(4) << -40.0 << List {0, 0} << fail
        << QStringLiteral("the total is -40: profile test treats a total of zero or less as "
                          "disclosive, as ACRO does");
    QTest::newRow("no contributors, non-positive totals fail")
        << 10.0 << true << qint64(0) << 0.0 << List {} << fail
        << QStringLiteral("the total is 0: profile test treats a total of zero or less as "
                          "disclosive, as ACRO does");

    // The evidence must list the two largest (or the one unit there is).
    QTest::newRow("1 of 2 largest listed")
        << 10.0 << false << qint64(5) << 1000.0 << List {100} << review
        << QStringLiteral("the evidence lists 1 of the 2 largest contributions: the p rule cannot "
                          "be judged");
    QTest::newRow("1 unit, none listed")
        << 10.0 << false << qint64(1) << 1000.0 << List {} << review
        << QStringLiteral("the evidence does not list the largest contribution: the p rule "
                          "cannot be judged");
}

void TestDominancePRule::boundaries()
{
    QFETCH(double, p);
    QFETCH(bool, nonPositiveTotalFails);
    QFETCH(qint64, units);
    QFETCH(double, total);
    QFETCH(QList<double>, top);
    QFETCH(QString, status);
    QFETCH(QString, message);

    const Evidence evidence
        = evidenceOf({contributions(QStringLiteral("A"), {}, units, total, top)});
    const QList<Finding> findings
        = DominancePRule().evaluate(oneMean(), &evidence, pProfile(p, nonPositiveTotalFails));
    if (status.isEmpty()) {
        QCOMPARE(describe(findings), QStringList());
        return;
    }
    QCOMPARE(describe(findings),
             QStringList {QStringLiteral("%1 A×mean | %2").arg(status, message)});
    QCOMPARE(*findings.first().value, 42.0);
}

void TestDominancePRule::negatives_data()
{
    QTest::addColumn<qint64>("negatives");
    QTest::addColumn<bool>("negativeRule");
    QTest::addColumn<QString>("message"); // empty: no finding

    QTest::newRow("1 negative, negative rule on") << qint64(1) << true << QString();
    QTest::newRow("1 negative, negative rule off")
        << qint64(1) << false
        << QStringLiteral("the p rule is undefined: 1 contribution is "
                          "negative");
    QTest::newRow("2 negatives, negative rule off")
        << qint64(2) << false
        << QStringLiteral("the p rule is undefined: 2 contributions are negative");
}

void TestDominancePRule::negatives()
{
    QFETCH(qint64, negatives);
    QFETCH(bool, negativeRule);
    QFETCH(QString, message);

    // 155 − 150 = 5 < 10 would fail; the negatives come first. A total ≤ 0 under the ACRO
    // setting would fail too.
    for (const double total : {155.0, -20.0}) {
        CellEvidence cell = contributions(QStringLiteral("A"), {}, 5, total, {100, 50});
        cell.negatives = negatives;
        const Evidence evidence = evidenceOf({cell});
        const QList<Finding> findings = DominancePRule().evaluate(
            oneMean(), &evidence, pProfile(10, true, false, negativeRule));
        if (message.isEmpty())
            QCOMPARE(describe(findings), QStringList());
        else
            QCOMPARE(describe(findings),
                     QStringList {QStringLiteral("review A×mean | ") + message});
    }
}

void TestDominancePRule::missingEvidenceOnlyWithoutNk()
{
    const QString noEvidence
        = QStringLiteral("review A×mean | dominance needs contributor evidence: none came with "
                         "this mean, so a person must judge whether one or two people dominate "
                         "it");
    QCOMPARE(describe(DominancePRule().evaluate(oneMean(), nullptr, pProfile(10, false))),
             QStringList {noEvidence});
    // With dominance-nk on as well, that rule asks for the evidence; the p rule stays silent.
    QCOMPARE(describe(DominancePRule().evaluate(oneMean(), nullptr, pProfile(10, false, true))),
             QStringList());
    // Evidence for another group only: the same.
    const Evidence other = evidenceOf({contributions(QStringLiteral("B"), {}, 5, 1000, {100, 50})});
    QCOMPARE(describe(DominancePRule().evaluate(oneMean(), &other, pProfile(10, false))),
             QStringList {noEvidence});
    QCOMPARE(describe(DominancePRule().evaluate(oneMean(), &other, pProfile(10, false, true))),
             QStringList());
}

void TestDominancePRule::acroDefaultFailsNonPositiveTotals()
{
    const Profile acro = ProfileCatalog::builtIn(QStringLiteral("acro-default"));
    QVERIFY(acro.dominanceP());
    QCOMPARE(acro.dominanceP()->p, 10.0);
    QCOMPARE(acro.dominanceP()->nonPositiveTotalFails, true);
    const Evidence zero = evidenceOf({contributions(QStringLiteral("A"), {}, 12, 0, {0, 0})});
    QCOMPARE(describe(DominancePRule().evaluate(oneMean(), &zero, acro)),
             QStringList {QStringLiteral("fail A×mean | the total is 0: profile acro-default "
                                         "treats a total of zero or less as disclosive, as ACRO "
                                         "does")});
    // nhse-sde lets the same cell pass.
    QCOMPARE(describe(DominancePRule().evaluate(
                 oneMean(), &zero, ProfileCatalog::builtIn(QStringLiteral("nhse-sde")))),
             QStringList());
}

void TestDominancePRule::summary()
{
    const Table table
        = magnitudeTable({QStringLiteral("A"), QStringLiteral("B")},
                         {valueColumn(QStringLiteral("sum"), ColumnRole::Sum)}, {100, 100});
    const Evidence evidence = evidenceOf({contributions(QStringLiteral("A"), {}, 2, 100, {99, 1}),
                                          contributions(QStringLiteral("B"), {}, 9, 100, {50})});
    const Profile profile = pProfile(10, false);
    const DominancePRule rule;
    QCOMPARE(rule.summarise(rule.evaluate(table, &evidence, profile), profile),
             QStringLiteral("1 cell failing the p10% rule; 1 cell whose p rule needs review"));
}

QTEST_GUILESS_MAIN(TestDominancePRule)
#include "tst_dominanceprule.moc"
