#include "profiles/profile.h"
#include "rules/roundingrule.h"
#include "ruletestsupport.h"
#include "table/table.h"

#include <QtTest>

#include <optional>

using egress::profiles::Profile;
using egress::rules::Finding;
using egress::rules::RoundingRule;
using egress::table::Table;
using egress::testing::areaBySex;
using egress::testing::grid;

namespace {

// base 5 above 10, as NHS England's SDE; the other settings as given.
Profile roundingProfile(int base = 5, int above = 10, bool midpointSix = false,
                        const QString& margins = QStringLiteral("rerounded"))
{
    return egress::testing::profileWithRules(
        QStringLiteral("round"),
        QStringLiteral(R"({"threshold": {"t": 10}, "zero": {"action": "review"},
            "rounding": {"base": %1, "above": %2, "midpoint6": %3, "margins": "%4"}})")
            .arg(base)
            .arg(above)
            .arg(midpointSix ? QStringLiteral("true") : QStringLiteral("false"), margins));
}

QStringList failingValues(const QList<Finding>& findings)
{
    QStringList values;
    for (const Finding& finding : findings) {
        if (finding.status != egress::rules::Status::Fail
            || finding.rule != QLatin1String("rounding"))
            return {QStringLiteral("unexpected finding: ") + finding.message};
        values.append(QString::number(*finding.value));
    }
    return values;
}

} // namespace

class TestRoundingRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void id() { QCOMPARE(RoundingRule().id(), QStringLiteral("rounding")); }

    void boundaries_data()
    {
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("above");
        QTest::addColumn<std::optional<double>>("n");
        QTest::addColumn<bool>("fails");

        // base 5, counts above 10 (NHS England SDE)
        QTest::newRow("10 = above: not judged") << 5 << 10 << std::optional<double>(10) << false;
        QTest::newRow("9: not judged") << 5 << 10 << std::optional<double>(9) << false;
        QTest::newRow("11 = above + 1") << 5 << 10 << std::optional<double>(11) << true;
        QTest::newRow("12") << 5 << 10 << std::optional<double>(12) << true;
        QTest::newRow("14") << 5 << 10 << std::optional<double>(14) << true;
        QTest::newRow("15: multiple of 5") << 5 << 10 << std::optional<double>(15) << false;
        QTest::newRow("16") << 5 << 10 << std::optional<double>(16) << true;
        QTest::newRow("1205") << 5 << 10 << std::optional<double>(1205) << false;
        QTest::newRow("1207") << 5 << 10 << std::optional<double>(1207) << true;
        QTest::newRow("12.5: not whole") << 5 << 10 << std::optional<double>(12.5) << true;
        QTest::newRow("15.0") << 5 << 10 << std::optional<double>(15.0) << false;
        QTest::newRow("0") << 5 << 10 << std::optional<double>(0) << false;
        QTest::newRow("-12: the threshold rule's concern")
            << 5 << 10 << std::optional<double>(-12) << false;
        QTest::newRow("suppressed") << 5 << 10 << std::optional<double>() << false;
        // every count (above 0)
        QTest::newRow("above 0: 3") << 5 << 0 << std::optional<double>(3) << true;
        QTest::newRow("above 0: 5") << 5 << 0 << std::optional<double>(5) << false;
        QTest::newRow("above 0: 1") << 5 << 0 << std::optional<double>(1) << true;
        // base 10
        QTest::newRow("base 10: 15") << 10 << 10 << std::optional<double>(15) << true;
        QTest::newRow("base 10: 20") << 10 << 10 << std::optional<double>(20) << false;
        // OpenSAFELY/HES: above 7
        QTest::newRow("above 7: 7") << 5 << 7 << std::optional<double>(7) << false;
        QTest::newRow("above 7: 8") << 5 << 7 << std::optional<double>(8) << true;
        QTest::newRow("above 7: 10") << 5 << 7 << std::optional<double>(10) << false;
    }

    void boundaries()
    {
        QFETCH(int, base);
        QFETCH(int, above);
        QFETCH(std::optional<double>, n);
        QFETCH(bool, fails);
        const QList<Finding> findings
            = RoundingRule().evaluate(grid(1, 1, {n}), nullptr, roundingProfile(base, above));
        QCOMPARE(findings.size(), qsizetype(fails ? 1 : 0));
        if (fails) {
            QCOMPARE(findings.first().rule, QStringLiteral("rounding"));
            QCOMPARE(egress::rules::toString(findings.first().status), QStringLiteral("fail"));
            QCOMPARE(findings.first().value, n);
            QCOMPARE(findings.first().cell->rowPath, QStringList {QStringLiteral("r0")});
        }
    }

    void message()
    {
        const QList<Finding> findings
            = RoundingRule().evaluate(grid(1, 1, {1207}), nullptr, roundingProfile());
        QCOMPARE(findings.size(), qsizetype(1));
        QCOMPARE(findings.first().message,
                 QStringLiteral("1207 is not rounded to base 5: profile round publishes counts "
                                "above 10 only as multiples of 5"));
        const QList<Finding> midpoint = RoundingRule().evaluate(grid(1, 2, {1207, 15}), nullptr,
                                                                roundingProfile(5, 10, true));
        QCOMPARE(midpoint.first().message,
                 QStringLiteral("1207 is not rounded to base 5: profile round publishes counts "
                                "above 10 only as multiples of 5, or midpoint-6 rounded "
                                "throughout"));
    }

    void marginsPerProfile()
    {
        // North 15 + 20 = 35, South 25 + 30 = 55: the true totals rounded would end in 0 or 5;
        // here the margins are sums of rounded cells that happen to be, except Total × Total = 93.
        const Table table = areaBySex({15, 20, 35, //
                                       25, 30, 53, //
                                       40, 50, 93});
        QCOMPARE(failingValues(RoundingRule().evaluate(table, nullptr, roundingProfile())),
                 (QStringList {QStringLiteral("53"), QStringLiteral("93")}));
        // Margins as sums of rounded cells: only inner cells are judged.
        QVERIFY(
            RoundingRule()
                .evaluate(table, nullptr, roundingProfile(5, 10, false, QStringLiteral("summed")))
                .isEmpty());
        const Table unroundedInner = areaBySex({16, 20, 35, //
                                                25, 30, 55, //
                                                40, 50, 90});
        QCOMPARE(
            failingValues(RoundingRule().evaluate(
                unroundedInner, nullptr, roundingProfile(5, 10, false, QStringLiteral("summed")))),
            QStringList {QStringLiteral("16")});
    }

    void midpointSixTablePassesWhereAccepted()
    {
        // ceil(x/6)·6 − 3: 1..6 → 3, 7..12 → 9, 13..18 → 15, 19..24 → 21; zeros stay zero.
        const Table midpoint = grid(1, 5, {3, 9, 15, 21, 0});
        QVERIFY(RoundingRule().evaluate(midpoint, nullptr, roundingProfile(5, 10, true)).isEmpty());
        // Not accepted: 21 is just an unrounded count above 10 (15 is a multiple of 5).
        QCOMPARE(failingValues(
                     RoundingRule().evaluate(midpoint, nullptr, roundingProfile(5, 10, false))),
                 QStringList {QStringLiteral("21")});
        // One count that is not a midpoint-6 value: base 5 applies to the whole table.
        const Table mixed = grid(1, 4, {3, 9, 21, 12});
        QCOMPARE(
            failingValues(RoundingRule().evaluate(mixed, nullptr, roundingProfile(5, 10, true))),
            (QStringList {QStringLiteral("21"), QStringLiteral("12")}));
        // A table with nothing to judge is not "midpoint-6 throughout" and finds nothing either.
        QVERIFY(RoundingRule()
                    .evaluate(grid(1, 2, {0, std::nullopt}), nullptr, roundingProfile(5, 10, true))
                    .isEmpty());
    }

    void noRoundingInTheProfileMeansNoFindings()
    {
        QVERIFY(RoundingRule()
                    .evaluate(grid(1, 3, {11, 13, 1207}), nullptr, egress::testing::profileWith(10))
                    .isEmpty());
    }

    void onlyUnitCountsAreJudged()
    {
        using egress::table::ColumnRole;
        using egress::testing::valueColumn;
        // 12, 13 and 11 are above 10 and not multiples of 5; only the count must be rounded.
        const Table table = egress::testing::magnitudeTable(
            {QStringLiteral("A")},
            {valueColumn(QStringLiteral("n"), ColumnRole::Count),
             valueColumn(QStringLiteral("sum"), ColumnRole::Sum),
             valueColumn(QStringLiteral("mean"), ColumnRole::Mean),
             valueColumn(QStringLiteral("median"), ColumnRole::Median),
             valueColumn(QStringLiteral("max"), ColumnRole::Max)},
            {12, 156, 13, 11, 37});
        QCOMPARE(failingValues(RoundingRule().evaluate(table, nullptr, roundingProfile())),
                 QStringList {QStringLiteral("12")});
        // A regression's estimates and a survival table's columns are not counts to round here.
        for (const auto kind :
             {egress::table::OutputKind::Regression, egress::table::OutputKind::Survival}) {
            const Table other = egress::testing::tableOf(
                kind, {QStringLiteral("A")}, {valueColumn(QStringLiteral("n"), ColumnRole::Count)},
                {12});
            QVERIFY(RoundingRule().evaluate(other, nullptr, roundingProfile()).isEmpty());
        }
    }

    void summary()
    {
        const Profile profile = roundingProfile();
        const RoundingRule rule;
        const QList<Finding> one = rule.evaluate(grid(1, 2, {11, 15}), nullptr, profile);
        QCOMPARE(rule.summarise(one, profile), QStringLiteral("1 cell not rounded to base 5"));
        const QList<Finding> two = rule.evaluate(grid(1, 3, {11, 13, 15}), nullptr, profile);
        QCOMPARE(rule.summarise(two, profile), QStringLiteral("2 cells not rounded to base 5"));
    }
};

QTEST_GUILESS_MAIN(TestRoundingRule)
#include "tst_roundingrule.moc"
