#include "profiles/profile.h"
#include "profiles/profilecatalog.h"
#include "rules/dofrule.h"
#include "ruletestsupport.h"
#include "table/table.h"

#include <QtTest>

#include <optional>

using egress::profiles::Profile;
using egress::profiles::ProfileCatalog;
using egress::rules::DegreesOfFreedomRule;
using egress::rules::Finding;
using egress::table::ColumnRole;
using egress::table::ModelStatistics;
using egress::table::OutputKind;
using egress::table::Table;
using egress::testing::profileWithExtraRules;
using egress::testing::valueColumn;

namespace {

constexpr double kNone = -1; // in test data: not published

std::optional<double> given(double value)
{
    return value == kNone ? std::nullopt : std::optional<double>(value);
}

// Two coefficients and their standard errors, with the model statistics given.
Table regression(double df, double observations, double parameters,
                 OutputKind kind = OutputKind::Regression)
{
    Table table
        = egress::testing::tableOf(kind, {QStringLiteral("(Intercept)"), QStringLiteral("age")},
                                   {valueColumn(QStringLiteral("coef"), ColumnRole::Estimate),
                                    valueColumn(QStringLiteral("se"), ColumnRole::Estimate)},
                                   {1.5, 0.2, 0.03, 0.01});
    ModelStatistics statistics;
    statistics.residualDegreesOfFreedom = given(df);
    statistics.observations = given(observations);
    statistics.parameters = given(parameters);
    table.setModelStatistics(statistics);
    return table;
}

Profile dofProfile(const QString& settings)
{
    return profileWithExtraRules(QStringLiteral(R"("dof": %1)").arg(settings));
}

QStringList describe(const QList<Finding>& findings)
{
    return egress::testing::describeFindings(findings, QStringLiteral("dof"));
}

QString tooFew(const QString& df)
{
    return QStringLiteral("fail - | residual degrees of freedom %1 < 10: the model comes too "
                          "close to reproducing its data")
        .arg(df);
}

QString tooMany(const QString& parameters, const QString& share)
{
    return QStringLiteral("fail - | %1 parameters for N = 100: more than %2 × N")
        .arg(parameters, share);
}

} // namespace

class TestDofRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void id();
    void boundaries_data();
    void boundaries();
    void findingValues();
    void onlyRegressionOutputs();
    void nothingPublishedNothingJudged();
    void builtInProfiles();
    void summary();
};

void TestDofRule::id()
{
    QCOMPARE(DegreesOfFreedomRule().id(), QStringLiteral("dof"));
}

void TestDofRule::boundaries_data()
{
    QTest::addColumn<QString>("settings");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("observations");
    QTest::addColumn<double>("parameters");
    QTest::addColumn<QStringList>("findings");

    const QString min10 = QStringLiteral(R"({"min": 10})");
    const QString unknownDf
        = QStringLiteral("review - | the residual degrees of freedom are not published (nor N "
                         "and the number of parameters): a person must confirm they are at least "
                         "10");

    // Published df against min = 10 (strict <).
    QTest::newRow("df = min-1") << min10 << 9.0 << kNone << kNone
                                << QStringList {tooFew(QStringLiteral("9"))};
    QTest::newRow("df = min") << min10 << 10.0 << kNone << kNone << QStringList();
    QTest::newRow("df = min+1") << min10 << 11.0 << kNone << kNone << QStringList();
    QTest::newRow("df = 9.5") << min10 << 9.5 << kNone << kNone
                              << QStringList {tooFew(QStringLiteral("9.5"))};
    QTest::newRow("df = 0") << min10 << 0.0 << kNone << kNone
                            << QStringList {tooFew(QStringLiteral("0"))};
    // df = N − parameters when df is not published: 20 − 11 = 9, 20 − 10 = 10, 20 − 9 = 11.
    QTest::newRow("N-p = min-1") << min10 << kNone << 20.0 << 11.0
                                 << QStringList {tooFew(QStringLiteral("9"))};
    QTest::newRow("N-p = min") << min10 << kNone << 20.0 << 10.0 << QStringList();
    QTest::newRow("N-p = min+1") << min10 << kNone << 20.0 << 9.0 << QStringList();
    // A published df is taken as it stands: 12 passes though 20 − 15 = 5.
    QTest::newRow("published df wins") << min10 << 12.0 << 20.0 << 15.0 << QStringList();
    // Nothing to compute df from.
    QTest::newRow("nothing published")
        << min10 << kNone << kNone << kNone << QStringList {unknownDf};
    QTest::newRow("only N") << min10 << kNone << 20.0 << kNone << QStringList {unknownDf};
    QTest::newRow("only parameters") << min10 << kNone << kNone << 3.0 << QStringList {unknownDf};
    // min 0: no df check at all.
    QTest::newRow("min 0, nothing published")
        << QStringLiteral(R"({"min": 0})") << kNone << kNone << kNone << QStringList();
    QTest::newRow("min 0, df 0") << QStringLiteral(R"({"min": 0})") << 0.0 << kNone << kNone
                                 << QStringList();

    // Parameters at most share · N (DataSHIELD), strict >.
    const QString share25 = QStringLiteral(R"({"min": 0, "max-parameter-share": 0.25})");
    // 0.25 · 100 = 25.
    QTest::newRow("share 0.25, p = 24") << share25 << kNone << 100.0 << 24.0 << QStringList();
    QTest::newRow("share 0.25, p = 25") << share25 << kNone << 100.0 << 25.0 << QStringList();
    QTest::newRow("share 0.25, p = 26")
        << share25 << kNone << 100.0 << 26.0
        << QStringList {tooMany(QStringLiteral("26"), QStringLiteral("0.25"))};
    // 0.33 · 100 = 33 (datashield's share).
    const QString share33 = QStringLiteral(R"({"min": 0, "max-parameter-share": 0.33})");
    QTest::newRow("share 0.33, p = 33") << share33 << kNone << 100.0 << 33.0 << QStringList();
    QTest::newRow("share 0.33, p = 34")
        << share33 << kNone << 100.0 << 34.0
        << QStringList {tooMany(QStringLiteral("34"), QStringLiteral("0.33"))};
    // 29 / 100 is exactly 0.29, but in doubles 0.29 · 100 = 28.999999999999996 < 29.
    const QString share29 = QStringLiteral(R"({"min": 0, "max-parameter-share": 0.29})");
    QTest::newRow("share 0.29, p = 29") << share29 << kNone << 100.0 << 29.0 << QStringList();
    QTest::newRow("share 0.29, p = 30")
        << share29 << kNone << 100.0 << 30.0
        << QStringList {tooMany(QStringLiteral("30"), QStringLiteral("0.29"))};
    // The share needs N and the number of parameters; a published df does not help.
    const QString unknownShare
        = QStringLiteral("review - | N or the number of parameters is not published: a person "
                         "must confirm there are at most 0.25 × N parameters");
    QTest::newRow("share, only df")
        << share25 << 50.0 << kNone << kNone << QStringList {unknownShare};
    QTest::newRow("share, only N")
        << share25 << kNone << 100.0 << kNone << QStringList {unknownShare};

    // Both checks: df first, then the share.
    const QString both = QStringLiteral(R"({"min": 10, "max-parameter-share": 0.5})");
    // 20 − 10 = 10 passes; 10 / 20 = 0.5 passes.
    QTest::newRow("both, at both limits") << both << kNone << 20.0 << 10.0 << QStringList();
    // 12 − 7 = 5 < 10; 7 / 12 = 0.58 > 0.5.
    QTest::newRow("both fail") << both << kNone << 12.0 << 7.0
                               << QStringList {tooFew(QStringLiteral("5")),
                                               QStringLiteral("fail - | 7 parameters for N = "
                                                              "12: more than 0.5 × N")};
}

void TestDofRule::boundaries()
{
    QFETCH(QString, settings);
    QFETCH(double, df);
    QFETCH(double, observations);
    QFETCH(double, parameters);
    QFETCH(QStringList, findings);

    QCOMPARE(describe(DegreesOfFreedomRule().evaluate(regression(df, observations, parameters),
                                                      nullptr, dofProfile(settings))),
             findings);
}

void TestDofRule::findingValues()
{
    // The df finding carries df; the share finding the number of parameters.
    const QList<Finding> findings = DegreesOfFreedomRule().evaluate(
        regression(kNone, 12, 7), nullptr,
        dofProfile(QStringLiteral(R"({"min": 10, "max-parameter-share": 0.5})")));
    QCOMPARE(findings.size(), qsizetype(2));
    QCOMPARE(*findings.at(0).value, 5.0);
    QCOMPARE(*findings.at(1).value, 7.0);
    QVERIFY(!findings.at(0).cell);
    const QList<Finding> review = DegreesOfFreedomRule().evaluate(
        regression(kNone, kNone, kNone), nullptr, dofProfile(QStringLiteral(R"({"min": 10})")));
    QCOMPARE(review.size(), qsizetype(1));
    QVERIFY(!review.first().value);
}

void TestDofRule::onlyRegressionOutputs()
{
    const Profile profile
        = dofProfile(QStringLiteral(R"({"min": 10, "max-parameter-share": 0.1})"));
    for (const OutputKind kind : {OutputKind::Frequency, OutputKind::Magnitude,
                                  OutputKind::Histogram, OutputKind::Survival}) {
        QCOMPARE(
            describe(DegreesOfFreedomRule().evaluate(regression(1, 5, 4, kind), nullptr, profile)),
            QStringList());
    }
    QCOMPARE(describe(DegreesOfFreedomRule().evaluate(regression(1, 5, 4), nullptr,
                                                      egress::testing::profileWith(10))),
             QStringList());
}

void TestDofRule::nothingPublishedNothingJudged()
{
    const Profile profile = dofProfile(QStringLiteral(R"({"min": 10})"));
    // Every estimate suppressed: nothing of the model leaves.
    Table suppressed = egress::testing::tableOf(
        OutputKind::Regression, {QStringLiteral("age")},
        {valueColumn(QStringLiteral("coef"), ColumnRole::Estimate)}, {std::nullopt});
    ModelStatistics statistics;
    statistics.residualDegreesOfFreedom = 3;
    suppressed.setModelStatistics(statistics);
    QCOMPARE(describe(DegreesOfFreedomRule().evaluate(suppressed, nullptr, profile)),
             QStringList());
    Table empty = egress::testing::tableOf(OutputKind::Regression, {}, {}, {});
    QCOMPARE(describe(DegreesOfFreedomRule().evaluate(empty, nullptr, profile)), QStringList());
    // One estimate published: judged.
    Table published = egress::testing::tableOf(
        OutputKind::Regression, {QStringLiteral("age")},
        {valueColumn(QStringLiteral("coef"), ColumnRole::Estimate)}, {0.03});
    published.setModelStatistics(statistics);
    QCOMPARE(describe(DegreesOfFreedomRule().evaluate(published, nullptr, profile)),
             QStringList {tooFew(QStringLiteral("3"))});
}

void TestDofRule::builtInProfiles()
{
    // df 9 fails under the profiles with min 10; datashield bounds parameters instead:
    // 34 / 100 > 0.33.
    const Table df9 = regression(9, kNone, kNone);
    for (const char* name : {"nhse-sde", "opensafely", "ukllc", "acro-default"}) {
        const Profile profile = ProfileCatalog::builtIn(QString::fromLatin1(name));
        QCOMPARE(describe(DegreesOfFreedomRule().evaluate(df9, nullptr, profile)),
                 QStringList {tooFew(QStringLiteral("9"))});
    }
    const Profile datashield = ProfileCatalog::builtIn(QStringLiteral("datashield"));
    QCOMPARE(describe(DegreesOfFreedomRule().evaluate(regression(1, 100, 33), nullptr, datashield)),
             QStringList());
    QCOMPARE(describe(DegreesOfFreedomRule().evaluate(regression(1, 100, 34), nullptr, datashield)),
             QStringList {tooMany(QStringLiteral("34"), QStringLiteral("0.33"))});
    for (const char* name : {"hes", "ons-10-5"}) {
        QCOMPARE(describe(DegreesOfFreedomRule().evaluate(
                     df9, nullptr, ProfileCatalog::builtIn(QString::fromLatin1(name)))),
                 QStringList());
    }
}

void TestDofRule::summary()
{
    const Profile profile = dofProfile(QStringLiteral(R"({"min": 10})"));
    const DegreesOfFreedomRule rule;
    QCOMPARE(rule.summarise(rule.evaluate(regression(9, kNone, kNone), nullptr, profile), profile),
             QStringLiteral("too few residual degrees of freedom"));
    QCOMPARE(
        rule.summarise(rule.evaluate(regression(kNone, kNone, kNone), nullptr, profile), profile),
        QStringLiteral("degrees of freedom to review"));
}

QTEST_GUILESS_MAIN(TestDofRule)
#include "tst_dofrule.moc"
