#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace egress::demo {

// One fitted coefficient, with what statsmodels' summary prints beside it.
struct Coefficient
{
    QString term;
    double estimate = 0;
    double standardError = 0;
    double z = 0;
    double pValue = 1;
    double lower95 = 0;
    double upper95 = 0;
};

struct LogisticFit
{
    QList<Coefficient> coefficients;
    qsizetype observations = 0;
    qsizetype residualDegreesOfFreedom = 0;
    int iterations = 0;
};

// Maximum-likelihood logistic regression by Newton–Raphson (iteratively reweighted least
// squares): the model a researcher fits to the demo's care-home question. Small and exact
// enough for a handful of covariates; not a general statistics package.
class LogisticRegression
{
public:
    // x: one row per observation, its covariates (an intercept is added first); y: 0 or 1.
    // Nothing when the likelihood has no finite maximum within 50 iterations (separation) or
    // the information matrix is singular (a covariate constant or collinear).
    static std::optional<LogisticFit> fit(const QStringList& terms, const QList<QList<double>>& x,
                                          const QList<bool>& y);
};

} // namespace egress::demo
