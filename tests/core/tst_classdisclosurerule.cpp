#include "profiles/profile.h"
#include "rules/classdisclosurerule.h"
#include "ruletestsupport.h"
#include "table/table.h"

#include <QtTest>

#include <optional>

using egress::profiles::Profile;
using egress::rules::ClassDisclosureRule;
using egress::rules::Finding;
using egress::rules::Status;
using egress::testing::areaBySex;
using egress::testing::grid;

namespace {

Profile classProfile(const QString& action = QStringLiteral("review"))
{
    return egress::testing::profileWithRules(
        QStringLiteral("classes"),
        QStringLiteral(R"({"threshold": {"t": 10}, "zero": {"action": "safe"},
            "class-disclosure": {"action": "%1"}})")
            .arg(action));
}

// "North × Male: message" per finding.
QStringList describe(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& finding : findings) {
        lines.append(finding.cell->rowPath.join(u'/') + QStringLiteral(" × ")
                     + finding.cell->columnPath.join(u'/') + QStringLiteral(": ")
                     + finding.message);
    }
    return lines;
}

} // namespace

class TestClassDisclosureRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void id() { QCOMPARE(ClassDisclosureRule().id(), QStringLiteral("class-disclosure")); }

    void rowAndColumnClasses()
    {
        // North: all 12 in Male (row class). Female: all 30 in South (column class).
        const QList<Finding> findings = ClassDisclosureRule().evaluate(areaBySex({12, 0, 12, //
                                                                                  20, 30, 50, //
                                                                                  32, 30, 62}),
                                                                       nullptr, classProfile());
        QCOMPARE(describe(findings),
                 (QStringList {QStringLiteral("North × Male: all 12 people in North fall in "
                                              "Male: the row discloses it of each of them"),
                               QStringLiteral("South × Female: all 30 people in Female fall in "
                                              "South: the column discloses it of each of them")}));
        QCOMPARE(egress::rules::toString(findings.at(0).status), QStringLiteral("review"));
        QCOMPARE(findings.at(0).value, std::optional<double>(12));
        QCOMPARE(findings.at(1).value, std::optional<double>(30));
    }

    void severityFromTheProfile()
    {
        const QList<Finding> findings
            = ClassDisclosureRule().evaluate(areaBySex({12, 0, 12, 20, 30, 50, 32, 30, 62}),
                                             nullptr, classProfile(QStringLiteral("fail")));
        QCOMPARE(findings.size(), qsizetype(2));
        QCOMPARE(egress::rules::toString(findings.at(0).status), QStringLiteral("fail"));
        QCOMPARE(egress::rules::toString(findings.at(1).status), QStringLiteral("fail"));
    }

    void noClassWhereCountsAreSpread()
    {
        QVERIFY(
            ClassDisclosureRule()
                .evaluate(areaBySex({12, 14, 26, 20, 30, 50, 32, 44, 76}), nullptr, classProfile())
                .isEmpty());
    }

    void onePersonAlone()
    {
        // North: the 1 person is in Male. With only two areas, Female's whole count (30) then
        // lies in South: a column class as well.
        const QList<Finding> findings = ClassDisclosureRule().evaluate(
            areaBySex({1, 0, 1, 20, 30, 50, 21, 30, 51}), nullptr, classProfile());
        QCOMPARE(describe(findings),
                 (QStringList {QStringLiteral("North × Male: the 1 person in North falls in "
                                              "Male: the row discloses it of each of them"),
                               QStringLiteral("South × Female: all 30 people in Female fall in "
                                              "South: the column discloses it of each of them")}));
    }

    void suppressedCellsHideTheRest()
    {
        // North's Female cell is suppressed: it may hold people, so no class is evident.
        QVERIFY(ClassDisclosureRule()
                    .evaluate(areaBySex({12, std::nullopt, 15, 20, 30, 50, 32, 30, 65}), nullptr,
                              classProfile())
                    .isEmpty());
    }

    void emptyClassesSayNothing()
    {
        // r0 is all zeros: nobody there, nobody's attribute disclosed; and with two other rows
        // holding people, no column lies in a single cell either.
        QVERIFY(ClassDisclosureRule()
                    .evaluate(grid(3, 2, {0, 0, 5, 6, 7, 8}), nullptr, classProfile())
                    .isEmpty());
    }

    void marginsAreNeitherClassesNorMembers()
    {
        // Inner cells spread; only the margins would look like single-cell classes.
        QVERIFY(ClassDisclosureRule()
                    .evaluate(areaBySex({12, 14, 0, 20, 30, 0, 0, 0, 0}), nullptr, classProfile())
                    .isEmpty());
    }

    void aClassNeedsTwoCategories()
    {
        // One value column: every row's count lies "in one cell" trivially.
        QVERIFY(ClassDisclosureRule()
                    .evaluate(grid(2, 1, {12, 30}), nullptr, classProfile())
                    .isEmpty());
        // One row: the same for columns; the row itself still is a class over two columns.
        const QList<Finding> oneRow
            = ClassDisclosureRule().evaluate(grid(1, 2, {12, 0}), nullptr, classProfile());
        QCOMPARE(oneRow.size(), qsizetype(1));
        QVERIFY(oneRow.first().message.contains(QStringLiteral("the row discloses")));
    }

    void noClassDisclosureInTheProfileMeansNoFindings()
    {
        QVERIFY(ClassDisclosureRule()
                    .evaluate(areaBySex({12, 0, 12, 20, 30, 50, 32, 30, 62}), nullptr,
                              egress::testing::profileWith(10))
                    .isEmpty());
    }

    void summary()
    {
        const Profile profile = classProfile();
        const ClassDisclosureRule rule;
        const QList<Finding> two
            = rule.evaluate(areaBySex({12, 0, 12, 20, 30, 50, 32, 30, 62}), nullptr, profile);
        QCOMPARE(rule.summarise(two, profile), QStringLiteral("2 classes held in a single cell"));
        QCOMPARE(rule.summarise(two.mid(0, 1), profile),
                 QStringLiteral("1 class held in a single cell"));
    }
};

QTEST_GUILESS_MAIN(TestClassDisclosureRule)
#include "tst_classdisclosurerule.moc"
