#include "table/modelstatistics.h"

#include <QtTest>

#include <cmath>

using egress::table::ModelStatistics;

namespace {

// NaN stands for "not published", so that rows can carry an absent number.
std::optional<double> published(double value)
{
    return std::isnan(value) ? std::nullopt : std::optional<double>(value);
}

} // namespace

class TestModelStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveResidualDegreesOfFreedom_data();
    void effectiveResidualDegreesOfFreedom();
    void defaultIsEmpty();
};

void TestModelStatistics::effectiveResidualDegreesOfFreedom_data()
{
    QTest::addColumn<double>("observations");
    QTest::addColumn<double>("residualDegreesOfFreedom");
    QTest::addColumn<double>("parameters");
    QTest::addColumn<bool>("known");
    QTest::addColumn<double>("expected");

    const double absent = std::nan("");

    QTest::newRow("explicit df only") << absent << 37.0 << absent << true << 37.0;
    // The published df wins even when N − p would say otherwise (e.g. clustered errors).
    QTest::newRow("explicit df wins over N - p") << 100.0 << 12.0 << 3.0 << true << 12.0;
    QTest::newRow("explicit df 0") << 5.0 << 0.0 << 3.0 << true << 0.0;
    QTest::newRow("explicit df with N only") << 50.0 << 48.0 << absent << true << 48.0;
    QTest::newRow("explicit df with p only") << absent << 9.0 << 4.0 << true << 9.0;

    QTest::newRow("N - p") << 100.0 << absent << 3.0 << true << 97.0;
    QTest::newRow("N - p at the dof threshold") << 14.0 << absent << 4.0 << true << 10.0;
    QTest::newRow("N - p zero") << 4.0 << absent << 4.0 << true << 0.0;
    QTest::newRow("N - p negative") << 3.0 << absent << 5.0 << true << -2.0;
    QTest::newRow("N - p fractional") << 10.5 << absent << 2.0 << true << 8.5;

    QTest::newRow("nothing") << absent << absent << absent << false << 0.0;
    QTest::newRow("N only") << 100.0 << absent << absent << false << 0.0;
    QTest::newRow("p only") << absent << absent << 3.0 << false << 0.0;
}

void TestModelStatistics::effectiveResidualDegreesOfFreedom()
{
    QFETCH(double, observations);
    QFETCH(double, residualDegreesOfFreedom);
    QFETCH(double, parameters);
    QFETCH(bool, known);
    QFETCH(double, expected);

    ModelStatistics statistics;
    statistics.observations = published(observations);
    statistics.residualDegreesOfFreedom = published(residualDegreesOfFreedom);
    statistics.parameters = published(parameters);

    const std::optional<double> effective = statistics.effectiveResidualDegreesOfFreedom();
    QCOMPARE(effective.has_value(), known);
    if (known)
        QCOMPARE(*effective, expected);
}

void TestModelStatistics::defaultIsEmpty()
{
    const ModelStatistics statistics;
    QVERIFY(!statistics.observations);
    QVERIFY(!statistics.residualDegreesOfFreedom);
    QVERIFY(!statistics.parameters);
    QVERIFY(!statistics.effectiveResidualDegreesOfFreedom());
}

QTEST_GUILESS_MAIN(TestModelStatistics)
#include "tst_modelstatistics.moc"
