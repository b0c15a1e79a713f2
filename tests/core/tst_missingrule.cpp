#include "profiles/profile.h"
#include "rules/missingrule.h"
#include "ruletestsupport.h"
#include "table/evidence.h"
#include "table/table.h"

#include <QtTest>

using egress::profiles::Profile;
using egress::rules::Finding;
using egress::rules::MissingRule;
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

Profile missingProfile(const QString& action)
{
    return profileWithExtraRules(QStringLiteral(R"("missing": {"action": "%1"})").arg(action));
}

// Group A's count, median, standard deviation and maximum, all from one set of contributions.
Table statistics()
{
    return magnitudeTable({QStringLiteral("A")},
                          {valueColumn(QStringLiteral("n"), ColumnRole::Count),
                           valueColumn(QStringLiteral("median"), ColumnRole::Median),
                           valueColumn(QStringLiteral("std"), ColumnRole::Std),
                           valueColumn(QStringLiteral("max"), ColumnRole::Max)},
                          {12, 20, 4.5, 80});
}

Evidence withMissing(qint64 missing)
{
    CellEvidence cell = contributions(QStringLiteral("A"), {}, 12, 300, {80, 30});
    cell.missing = missing;
    return evidenceOf({cell});
}

QStringList describe(const QList<Finding>& findings)
{
    return egress::testing::describeFindings(findings, QStringLiteral("missing"));
}

} // namespace

class TestMissingRule : public QObject
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

void TestMissingRule::id()
{
    QCOMPARE(MissingRule().id(), QStringLiteral("missing"));
}

void TestMissingRule::counts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<qint64>("missing");
    QTest::addColumn<QString>("message"); // empty: no finding

    for (const char* action : {"review", "fail"}) {
        QTest::addRow("%s, 0 missing", action)
            << QString::fromLatin1(action) << qint64(0) << QString();
        QTest::addRow("%s, 1 missing", action)
            << QString::fromLatin1(action) << qint64(1)
            << QStringLiteral("1 value was missing and dropped from this cell");
        QTest::addRow("%s, 3 missing", action)
            << QString::fromLatin1(action) << qint64(3)
            << QStringLiteral("3 values were missing and dropped from this cell");
    }
}

void TestMissingRule::counts()
{
    QFETCH(QString, action);
    QFETCH(qint64, missing);
    QFETCH(QString, message);

    const Evidence evidence = withMissing(missing);
    const QList<Finding> findings
        = MissingRule().evaluate(statistics(), &evidence, missingProfile(action));
    if (message.isEmpty()) {
        QCOMPARE(describe(findings), QStringList());
        return;
    }
    // The median and the standard deviation: the count and the maximum are not judged.
    QCOMPARE(describe(findings),
             (QStringList {QStringLiteral("%1 A×median | %2").arg(action, message),
                           QStringLiteral("%1 A×std | %2").arg(action, message)}));
}

void TestMissingRule::needsEvidence()
{
    QCOMPARE(describe(MissingRule().evaluate(statistics(), nullptr,
                                             missingProfile(QStringLiteral("review")))),
             QStringList());
    const Table suppressed = magnitudeTable(
        {QStringLiteral("A")}, {valueColumn(QStringLiteral("median"), ColumnRole::Median)},
        {std::nullopt});
    const Evidence evidence = withMissing(2);
    QCOMPARE(describe(MissingRule().evaluate(suppressed, &evidence,
                                             missingProfile(QStringLiteral("review")))),
             QStringList());
}

void TestMissingRule::onlyMagnitudeTables()
{
    const Evidence evidence = withMissing(2);
    const Table frequency
        = egress::testing::tableOf(OutputKind::Frequency, {QStringLiteral("A")},
                                   {valueColumn(QStringLiteral("n"), ColumnRole::Count)}, {12});
    QCOMPARE(describe(MissingRule().evaluate(frequency, &evidence,
                                             missingProfile(QStringLiteral("review")))),
             QStringList());
}

void TestMissingRule::offWithoutProfileSetting()
{
    // acro-default leaves this rule off, as ACRO does by default.
    const Evidence evidence = withMissing(2);
    QCOMPARE(
        describe(MissingRule().evaluate(statistics(), &evidence, egress::testing::profileWith(10))),
        QStringList());
}

void TestMissingRule::summary()
{
    const Profile profile = missingProfile(QStringLiteral("review"));
    const Evidence evidence = withMissing(1);
    const MissingRule rule;
    QCOMPARE(rule.summarise(rule.evaluate(statistics(), &evidence, profile), profile),
             QStringLiteral("2 cells with missing values dropped"));
}

QTEST_GUILESS_MAIN(TestMissingRule)
#include "tst_missingrule.moc"
