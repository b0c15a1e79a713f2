#include "table/columnrole.h"

#include <QtTest>

using egress::table::ColumnRole;
using egress::table::columnRoleFromHeading;
using egress::table::columnRoleFromString;
using egress::table::isMagnitudeRole;

namespace {

// "none" for a heading that announces no role, so that rows compare as plain strings.
QString roleNameOf(const std::optional<ColumnRole>& role)
{
    return role ? egress::table::toString(*role) : QStringLiteral("none");
}

} // namespace

class TestColumnRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statisticHeadings_data();
    void statisticHeadings();
    void categoryHeadings_data();
    void categoryHeadings();
    void names_data();
    void names();
    void unknownNames_data();
    void unknownNames();
    void magnitudeRoles_data();
    void magnitudeRoles();
};

void TestColumnRole::statisticHeadings_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("role");

    const auto row = [](const char* heading, const char* role) {
        QTest::newRow(heading) << QString::fromUtf8(heading) << QString::fromLatin1(role);
    };

    // Counts: R table(), Stata tabulate ("Freq."), pandas value_counts, ACRO crosstab.
    row("n", "count");
    row("N", "count");
    row("count", "count");
    row("Counts", "count");
    row("Freq", "count");
    row("Freq.", "count");
    row("frequency", "count");
    row("Number", "count");
    row("Obs", "count");
    row("nobs", "count");
    row("  n  ", "count"); // padding from a fixed-width print

    row("sum", "sum");
    row("Sum of weekly cost", "sum");
    row("Total cost", "sum");
    row("total_cost", "sum");

    row("mean", "mean");
    row("Mean", "mean");
    row("Mean weekly cost", "mean");
    row("mean_cost", "mean");
    row("Average", "mean");
    row("avg", "mean");

    row("median", "median");
    row("Median weekly cost", "median");
    row("p50", "median"); // Stata's tabstat names the median p50
    row("50%", "median"); // pandas describe()

    row("min", "min");
    row("Minimum", "min");
    row("min_age", "min");
    row("max", "max");
    row("Maximum", "max");
    row("MAX", "max");

    row("std", "std"); // pandas describe()
    row("sd", "std"); // R
    row("SD", "std");
    row("Std. Dev.", "std"); // Stata summarize up to 16
    row("Std. dev.", "std"); // Stata 17
    row("std dev", "std");
    row("stdev", "std");
    row("standard deviation", "std");
    row("sd_cost", "std");

    row("p25", "percentile");
    row("p75", "percentile");
    row("p5", "percentile");
    row("Q1", "percentile");
    row("q3", "percentile");
    row("IQR", "percentile");
    row("25%", "percentile"); // pandas describe()
    row("75%", "percentile");
    row("percentile 90", "percentile");

    // statsmodels summary: coef, std err, z (or t), P>|z|, [0.025, 0.975]
    row("coef", "estimate");
    row("std err", "estimate");
    row("z", "estimate");
    row("t", "estimate");
    row("P>|z|", "estimate");
    row("P>|t|", "estimate");
    row("[0.025", "estimate");
    row("0.975]", "estimate");
    // R summary(lm/glm): Estimate, Std. Error, t value (or z value), Pr(>|t|) (or Pr(>|z|))
    row("Estimate", "estimate");
    row("Std. Error", "estimate");
    row("t value", "estimate");
    row("z value", "estimate");
    row("Pr(>|t|)", "estimate");
    row("Pr(>|z|)", "estimate");
    row("Pr(>F)", "estimate"); // anova()
    row("Pr(>Chisq)", "estimate");
    // broom::tidy: estimate, std.error, statistic, p.value
    row("std.error", "estimate");
    row("p.value", "estimate");
    // Stata regress: Coef. and Std. Err. up to 16, Coefficient and Std. err. in 17
    row("Coef.", "estimate");
    row("Coefficient", "estimate");
    row("Std. Err.", "estimate");
    row("Std. err.", "estimate");
    row("p-value", "estimate");
    row("se", "estimate");
    row("beta", "estimate");
    row("odds ratio", "estimate");
    row("OR", "estimate");
    row("lower ci", "estimate");
    row("ci_upper", "estimate");

    row("bin_lower", "bin-lower");
    row("lower", "bin-lower");
    row("from", "bin-lower");
    row("bin_start", "bin-lower");
    row("lower bound", "bin-lower");
    row("left_edge", "bin-lower");
    row("bin_low", "bin-lower");
    row("upper", "bin-upper");
    row("bin_upper", "bin-upper");
    row("to", "bin-upper");
    row("bin_end", "bin-upper");
    row("right edge", "bin-upper");
    row("high_bound", "bin-upper");

    row("time", "time");
    row("Time (months)", "time");
    row("days", "time");
    row("Day", "time");
    row("weeks", "time");
    row("years", "time");

    // R survfit summary: time n.risk n.event n.censor; lifelines: at_risk, censored
    row("at risk", "at-risk");
    row("n.risk", "at-risk");
    row("n_risk", "at-risk");
    row("at_risk", "at-risk");
    row("Number at risk", "at-risk");
    row("n at risk", "at-risk");
    row("n.event", "events");
    row("events", "events");
    row("Event", "events");
    row("deaths", "events");
    row("n_events", "events");
    row("number of events", "events");
    row("failures", "events");
    row("n.censor", "censored");
    row("censored", "censored");
    row("n_censored", "censored");
    row("censoring", "censored");
    // statsmodels SurvfuncRight.summary(), as ACRO's surv_func publishes it
    row("num at risk", "at-risk");
    row("num events", "events");
    row("num censored", "censored");
}

void TestColumnRole::statisticHeadings()
{
    QFETCH(QString, heading);
    QFETCH(QString, role);
    QCOMPARE(roleNameOf(columnRoleFromHeading(heading)), role);
}

void TestColumnRole::categoryHeadings_data()
{
    QTest::addColumn<QString>("heading");

    const auto row
        = [](const char* heading) { QTest::newRow(heading) << QString::fromUtf8(heading); };

    row("Residential Care");
    row("Long Term Support: Community");
    row("Long Term Support: Prison");
    row("Hillingdon");
    row("65+");
    row("18-64");
    row("Total"); // a margin, not a sum column
    row("All");
    row("Overall");
    row("Meaning"); // whole words only: contains "mean"
    row("Meanwood");
    row("Summary"); // contains "sum"
    row("Minority group"); // contains "min"
    row("Maxillofacial");
    row("Timeline"); // contains "time"
    row("Daytime");
    row("Standard");
    row("Estimated population");
    row("Tottenham");
    row("Numbered");
    row("Eventually");
    // Levels and sides: categories, not bin edges.
    row("Low");
    row("Medium");
    row("High");
    row("Left");
    row("Right");
    row("Female");
    row("Other");
    row("Percent");
    row("2020/21");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
}

void TestColumnRole::categoryHeadings()
{
    QFETCH(QString, heading);
    QCOMPARE(roleNameOf(columnRoleFromHeading(heading)), QStringLiteral("none"));
}

void TestColumnRole::names_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("name");

    const auto row = [](ColumnRole role, const char* name) {
        QTest::newRow(name) << static_cast<int>(role) << QString::fromLatin1(name);
    };

    row(ColumnRole::Count, "count");
    row(ColumnRole::Sum, "sum");
    row(ColumnRole::Mean, "mean");
    row(ColumnRole::Median, "median");
    row(ColumnRole::Min, "min");
    row(ColumnRole::Max, "max");
    row(ColumnRole::Std, "std");
    row(ColumnRole::Percentile, "percentile");
    row(ColumnRole::Estimate, "estimate");
    row(ColumnRole::BinLower, "bin-lower");
    row(ColumnRole::BinUpper, "bin-upper");
    row(ColumnRole::Time, "time");
    row(ColumnRole::AtRisk, "at-risk");
    row(ColumnRole::Events, "events");
    row(ColumnRole::Censored, "censored");
    row(ColumnRole::Other, "other");
}

void TestColumnRole::names()
{
    QFETCH(int, role);
    QFETCH(QString, name);
    const auto columnRole = static_cast<ColumnRole>(role);
    QCOMPARE(egress::table::toString(columnRole), name);
    const std::optional<ColumnRole> parsed = columnRoleFromString(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(static_cast<int>(*parsed), role);
}

void TestColumnRole::unknownNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << QStringLiteral("Count"); // names in files are exact
    QTest::newRow("underscore") << QStringLiteral("bin_lower");
    QTest::newRow("padded") << QStringLiteral(" mean");
    QTest::newRow("heading, not a name") << QStringLiteral("n");
    QTest::newRow("unknown") << QStringLiteral("rate");
}

void TestColumnRole::unknownNames()
{
    QFETCH(QString, name);
    QCOMPARE(columnRoleFromString(name).has_value(), false);
}

void TestColumnRole::magnitudeRoles_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("isMagnitude");

    const auto row = [](ColumnRole role, bool isMagnitude) {
        QTest::newRow(qPrintable(egress::table::toString(role)))
            << static_cast<int>(role) << isMagnitude;
    };

    row(ColumnRole::Count, false);
    row(ColumnRole::Sum, true);
    row(ColumnRole::Mean, true);
    row(ColumnRole::Median, true);
    row(ColumnRole::Min, true);
    row(ColumnRole::Max, true);
    row(ColumnRole::Std, true);
    row(ColumnRole::Percentile, true);
    row(ColumnRole::Estimate, false);
    row(ColumnRole::BinLower, false);
    row(ColumnRole::BinUpper, false);
    row(ColumnRole::Time, false);
    row(ColumnRole::AtRisk, false);
    row(ColumnRole::Events, false);
    row(ColumnRole::Censored, false);
    row(ColumnRole::Other, false);
}

void TestColumnRole::magnitudeRoles()
{
    QFETCH(int, role);
    QFETCH(bool, isMagnitude);
    QCOMPARE(isMagnitudeRole(static_cast<ColumnRole>(role)), isMagnitude);
}

QTEST_GUILESS_MAIN(TestColumnRole)
#include "tst_columnrole.moc"
