#include "demo/logisticregression.h"

#include <QtTest>

using egress::demo::LogisticFit;
using egress::demo::LogisticRegression;

namespace {

// A binary covariate: `events` of `size` people with x = 0, and of those with x = 1.
void addGroup(QList<QList<double>>& x, QList<bool>& y, double covariate, int events, int size)
{
    for (int k = 0; k < size; ++k) {
        x.append(QList<double> {covariate});
        y.append(k < events);
    }
}

} // namespace

class TestLogisticRegression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneBinaryCovariateHasTheClosedForm();
    void noFitWithoutAFiniteMaximum();
};

// With one binary covariate the maximum-likelihood fit is the two groups' log odds: 2 events of
// 6 at x = 0, 6 of 8 at x = 1. Intercept log(2/4) = −0.693147, SE √(1/2 + 1/4) = 0.866025;
// slope log(6/2) − log(2/4) = log 6 = 1.791759, SE √(1/2 + 1/4 + 1/6 + 1/2) = 1.190238,
// z = 1.505379, p = erfc(z/√2) = 0.132227, 95% CI 1.791759 ± 1.959964 × 1.190238 =
// [−0.541064, 4.124583]. N = 14, 2 parameters: 12 residual df.
void TestLogisticRegression::oneBinaryCovariateHasTheClosedForm()
{
    QList<QList<double>> x;
    QList<bool> y;
    addGroup(x, y, 0, 2, 6);
    addGroup(x, y, 1, 6, 8);
    const std::optional<LogisticFit> fit
        = LogisticRegression::fit({QStringLiteral("exposed")}, x, y);
    QVERIFY(fit.has_value());
    QCOMPARE(fit->observations, 14);
    QCOMPARE(fit->residualDegreesOfFreedom, 12);
    QCOMPARE(fit->coefficients.size(), 2);
    const auto& intercept = fit->coefficients.at(0);
    const auto& slope = fit->coefficients.at(1);
    QCOMPARE(intercept.term, QStringLiteral("Intercept"));
    QCOMPARE(slope.term, QStringLiteral("exposed"));
    const auto near
        = [](double actual, double expected) { return std::abs(actual - expected) < 1e-6; };
    QVERIFY(near(intercept.estimate, -0.693147));
    QVERIFY(near(intercept.standardError, 0.866025));
    QVERIFY(near(intercept.z, -0.800377));
    QVERIFY(near(intercept.pValue, 0.423492));
    QVERIFY(near(slope.estimate, 1.791759));
    QVERIFY(near(slope.standardError, 1.190238));
    QVERIFY(near(slope.z, 1.505379));
    QVERIFY(near(slope.pValue, 0.132227));
    QVERIFY(near(slope.lower95, -0.541064));
    QVERIFY(near(slope.upper95, 4.124583));
}

void TestLogisticRegression::noFitWithoutAFiniteMaximum()
{
    const QStringList terms {QStringLiteral("x")};
    QList<QList<double>> x;
    QList<bool> y;
    // Complete separation: everyone with x = 1 has the event, nobody with x = 0.
    addGroup(x, y, 0, 0, 5);
    addGroup(x, y, 1, 5, 5);
    QVERIFY(!LogisticRegression::fit(terms, x, y).has_value());

    // A constant covariate is collinear with the intercept.
    x.clear();
    y.clear();
    addGroup(x, y, 1, 3, 8);
    QVERIFY(!LogisticRegression::fit(terms, x, y).has_value());

    // As many observations as parameters, and rows and outcomes that do not pair up.
    QVERIFY(!LogisticRegression::fit(terms, {{0}, {1}}, {true, false}).has_value());
    QVERIFY(!LogisticRegression::fit(terms, {{0}, {1}, {1}}, {true, false}).has_value());
}

QTEST_GUILESS_MAIN(TestLogisticRegression)
#include "tst_logisticregression.moc"
