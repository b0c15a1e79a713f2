#include "profiles/profile.h"
#include "rules/extremevaluerule.h"
#include "ruletestsupport.h"
#include "table/evidence.h"
#include "table/table.h"

#include <QtTest>

#include <optional>

using egress::profiles::Profile;
using egress::rules::ExtremeValueRule;
using egress::rules::Finding;
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

constexpr double kNone = -1; // in test data: not given

Profile extremeProfile(const QString& action, const QString& scope, int t = 10)
{
    return profileWithExtraRules(
        QStringLiteral(R"("extreme-value": {"action": "%1", "scope": "%2"})").arg(action, scope),
        t);
}

QStringList describe(const QList<Finding>& findings)
{
    return egress::testing::describeFindings(findings, QStringLiteral("extreme-value"));
}

} // namespace

class TestExtremeValueRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void id();
    void scopeAlways_data();
    void scopeAlways();
    void belowThreshold_data();
    void belowThreshold();
    void groupSizeFromTheSameCategories();
    void onlyMagnitudeTables();
    void offWithoutProfileSetting();
    void summary();
};

void TestExtremeValueRule::id()
{
    QCOMPARE(ExtremeValueRule().id(), QStringLiteral("extreme-value"));
}

void TestExtremeValueRule::scopeAlways_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<double>("n");

    // Under scope "always" the size of the group does not matter, however large.
    for (const char* action : {"fail", "review"}) {
        for (const double n : {9.0, 10.0, 1000.0})
            QTest::addRow("%s, n = %g", action, n) << QString::fromLatin1(action) << n;
    }
}

void TestExtremeValueRule::scopeAlways()
{
    QFETCH(QString, action);
    QFETCH(double, n);

    const Table table = magnitudeTable({QStringLiteral("A")},
                                       {valueColumn(QStringLiteral("n"), ColumnRole::Count),
                                        valueColumn(QStringLiteral("mean"), ColumnRole::Mean),
                                        valueColumn(QStringLiteral("min"), ColumnRole::Min),
                                        valueColumn(QStringLiteral("max"), ColumnRole::Max)},
                                       {n, 20, 3, 95});
    const QString reason
        = QStringLiteral(" is one person's own value: profile test does not publish minima or "
                         "maxima");
    QCOMPARE(describe(ExtremeValueRule().evaluate(
                 table, nullptr, extremeProfile(action, QStringLiteral("always")))),
             (QStringList {QStringLiteral("%1 A×min | a minimum").arg(action) + reason,
                           QStringLiteral("%1 A×max | a maximum").arg(action) + reason}));
}

void TestExtremeValueRule::belowThreshold_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("t");
    QTest::addColumn<double>("evidenceUnits"); // kNone: no evidence
    QTest::addColumn<double>("countColumn"); // kNone: no "n" column
    QTest::addColumn<bool>("countSuppressed");
    QTest::addColumn<QString>("status"); // empty: no finding
    QTest::addColumn<QString>("groupText"); // "of a group of 9 < threshold 10", or empty

    const double none = kNone;
    const QString fail = QStringLiteral("fail");
    const QString review = QStringLiteral("review");

    // n from the evidence: t − 1 fails, t and t + 1 pass (strict, as the threshold rule).
    QTest::newRow("evidence n = t-1") << fail << 10 << 9.0 << none << false << fail
                                      << QStringLiteral("of a group of 9 < threshold 10");
    QTest::newRow("evidence n = t")
        << fail << 10 << 10.0 << none << false << QString() << QString();
    QTest::newRow("evidence n = t+1")
        << fail << 10 << 11.0 << none << false << QString() << QString();
    QTest::newRow("evidence n = 1") << fail << 10 << 1.0 << none << false << fail
                                    << QStringLiteral("of a group of 1 < threshold 10");
    // n from a published count of the same group.
    QTest::newRow("n column = t-1") << fail << 10 << none << 9.0 << false << fail
                                    << QStringLiteral("of a group of 9 < threshold 10");
    QTest::newRow("n column = t") << fail << 10 << none << 10.0 << false << QString() << QString();
    QTest::newRow("n column = t+1")
        << fail << 10 << none << 11.0 << false << QString() << QString();
    // t = 5: 4 fails, 5 passes.
    QTest::newRow("t=5, n column = 4") << fail << 5 << none << 4.0 << false << fail
                                       << QStringLiteral("of a group of 4 < threshold 5");
    QTest::newRow("t=5, n column = 5")
        << fail << 5 << none << 5.0 << false << QString() << QString();
    // The evidence is preferred to the published count.
    QTest::newRow("evidence 9 over n column 12")
        << fail << 10 << 9.0 << 12.0 << false << fail
        << QStringLiteral("of a group of 9 < threshold 10");
    // action review: the same boundary, another status.
    QTest::newRow("review, n column = t-1") << review << 10 << none << 9.0 << false << review
                                            << QStringLiteral("of a group of 9 < threshold 10");
    QTest::newRow("review, n column = t")
        << review << 10 << none << 10.0 << false << QString() << QString();
    // Unknown size: review whatever the action.
    QTest::newRow("unknown") << fail << 10 << none << none << false << review << QString();
    QTest::newRow("n column suppressed")
        << fail << 10 << none << 9.0 << true << review << QString();
}

void TestExtremeValueRule::belowThreshold()
{
    QFETCH(QString, action);
    QFETCH(int, t);
    QFETCH(double, evidenceUnits);
    QFETCH(double, countColumn);
    QFETCH(bool, countSuppressed);
    QFETCH(QString, status);
    QFETCH(QString, groupText);

    QList<egress::testing::ValueColumn> columns;
    QList<std::optional<double>> values;
    if (countColumn != kNone) {
        columns.append(valueColumn(QStringLiteral("n"), ColumnRole::Count));
        values.append(countSuppressed ? std::nullopt : std::optional<double>(countColumn));
    }
    columns.append(valueColumn(QStringLiteral("min"), ColumnRole::Min));
    columns.append(valueColumn(QStringLiteral("max"), ColumnRole::Max));
    values.append(3.0);
    values.append(95.0);
    const Table table = magnitudeTable({QStringLiteral("A")}, columns, values);
    const Evidence evidence
        = evidenceOf({contributions(QStringLiteral("A"), {}, qint64(evidenceUnits), 400, {95})});

    const QList<Finding> findings
        = ExtremeValueRule().evaluate(table, evidenceUnits != kNone ? &evidence : nullptr,
                                      extremeProfile(action, QStringLiteral("below-threshold"), t));
    if (status.isEmpty()) {
        QCOMPARE(describe(findings), QStringList());
        return;
    }
    const auto message = [&](const QString& which) {
        return groupText.isEmpty()
            ? QStringLiteral("a %1 is one person's own value, and the size of the group is not "
                             "known")
                  .arg(which)
            : QStringLiteral("a %1 %2 is one person's own value").arg(which, groupText);
    };
    QCOMPARE(describe(findings),
             (QStringList {
                 QStringLiteral("%1 A×min | ").arg(status) + message(QStringLiteral("minimum")),
                 QStringLiteral("%1 A×max | ").arg(status) + message(QStringLiteral("maximum"))}));
}

void TestExtremeValueRule::groupSizeFromTheSameCategories()
{
    // {Residential, n} is the size of the Residential group only; Nursing's is unknown.
    const Table table = magnitudeTable(
        {QStringLiteral("A")},
        {valueColumn(QStringLiteral("Residential"), QStringLiteral("n"), ColumnRole::Count),
         valueColumn(QStringLiteral("Residential"), QStringLiteral("max"), ColumnRole::Max),
         valueColumn(QStringLiteral("Nursing"), QStringLiteral("max"), ColumnRole::Max)},
        {7, 95, 80});
    QCOMPARE(describe(ExtremeValueRule().evaluate(
                 table, nullptr,
                 extremeProfile(QStringLiteral("fail"), QStringLiteral("below-threshold")))),
             (QStringList {QStringLiteral("fail A×Residential/max | a maximum of a group of 7 < "
                                          "threshold 10 is one person's own value"),
                           QStringLiteral("review A×Nursing/max | a maximum is one person's own "
                                          "value, and the size of the group is not known")}));
}

void TestExtremeValueRule::onlyMagnitudeTables()
{
    const Profile profile = extremeProfile(QStringLiteral("fail"), QStringLiteral("always"));
    for (const OutputKind kind : {OutputKind::Frequency, OutputKind::Histogram,
                                  OutputKind::Survival, OutputKind::Regression}) {
        const Table table
            = egress::testing::tableOf(kind, {QStringLiteral("A")},
                                       {valueColumn(QStringLiteral("min"), ColumnRole::Min),
                                        valueColumn(QStringLiteral("max"), ColumnRole::Max)},
                                       {3, 95});
        QCOMPARE(describe(ExtremeValueRule().evaluate(table, nullptr, profile)), QStringList());
    }
    // Suppressed minima and maxima are not judged.
    const Table suppressed
        = magnitudeTable({QStringLiteral("A")},
                         {valueColumn(QStringLiteral("min"), ColumnRole::Min)}, {std::nullopt});
    QCOMPARE(describe(ExtremeValueRule().evaluate(suppressed, nullptr, profile)), QStringList());
}

void TestExtremeValueRule::offWithoutProfileSetting()
{
    const Table table = magnitudeTable({QStringLiteral("A")},
                                       {valueColumn(QStringLiteral("min"), ColumnRole::Min)}, {3});
    QCOMPARE(
        describe(ExtremeValueRule().evaluate(table, nullptr, egress::testing::profileWith(10))),
        QStringList());
}

void TestExtremeValueRule::summary()
{
    const Profile profile = extremeProfile(QStringLiteral("fail"), QStringLiteral("always"));
    const Table table
        = magnitudeTable({QStringLiteral("A"), QStringLiteral("B")},
                         {valueColumn(QStringLiteral("max"), ColumnRole::Max)}, {95, 80});
    const ExtremeValueRule rule;
    QCOMPARE(rule.summarise(rule.evaluate(table, nullptr, profile), profile),
             QStringLiteral("2 cells publishing a minimum or maximum"));
}

QTEST_GUILESS_MAIN(TestExtremeValueRule)
#include "tst_extremevaluerule.moc"
