#include "logisticregression.h"

#include <cmath>
#include <utility>

namespace egress::demo {
namespace {

using Matrix = QList<QList<double>>;

constexpr int kMaxIterations = 50;
constexpr double kTolerance = 1e-10;
constexpr double kZ975 = 1.959963984540054; // the 97.5% point of the standard normal

// Gauss–Jordan elimination with partial pivoting; nothing when the matrix is singular.
std::optional<Matrix> inverse(Matrix a)
{
    const qsizetype n = a.size();
    Matrix result(n, QList<double>(n, 0));
    for (qsizetype k = 0; k < n; ++k)
        result[k][k] = 1;
    for (qsizetype column = 0; column < n; ++column) {
        qsizetype pivot = column;
        for (qsizetype row = column + 1; row < n; ++row) {
            if (std::abs(a[row][column]) > std::abs(a[pivot][column]))
                pivot = row;
        }
        if (std::abs(a[pivot][column]) < 1e-12)
            return std::nullopt;
        std::swap(a[pivot], a[column]);
        std::swap(result[pivot], result[column]);
        const double scale = a[column][column];
        for (qsizetype k = 0; k < n; ++k) {
            a[column][k] /= scale;
            result[column][k] /= scale;
        }
        for (qsizetype row = 0; row < n; ++row) {
            if (row == column || a[row][column] == 0)
                continue;
            const double factor = a[row][column];
            for (qsizetype k = 0; k < n; ++k) {
                a[row][k] -= factor * a[column][k];
                result[row][k] -= factor * result[column][k];
            }
        }
    }
    return result;
}

} // namespace

std::optional<LogisticFit> LogisticRegression::fit(const QStringList& terms,
                                                   const QList<QList<double>>& x,
                                                   const QList<bool>& y)
{
    const qsizetype parameters = terms.size() + 1;
    const qsizetype n = x.size();
    if (n != y.size() || n <= parameters)
        return std::nullopt;
    QList<double> beta(parameters, 0);
    const auto row = [&x](qsizetype i, qsizetype j) { return j == 0 ? 1.0 : x.at(i).at(j - 1); };

    for (int iteration = 1; iteration <= kMaxIterations; ++iteration) {
        Matrix information(parameters, QList<double>(parameters, 0));
        QList<double> score(parameters, 0);
        for (qsizetype i = 0; i < n; ++i) {
            double eta = 0;
            for (qsizetype j = 0; j < parameters; ++j)
                eta += beta.at(j) * row(i, j);
            const double mu = 1 / (1 + std::exp(-eta));
            const double weight = mu * (1 - mu);
            const double residual = (y.at(i) ? 1.0 : 0.0) - mu;
            for (qsizetype j = 0; j < parameters; ++j) {
                score[j] += row(i, j) * residual;
                for (qsizetype k = 0; k < parameters; ++k)
                    information[j][k] += row(i, j) * weight * row(i, k);
            }
        }
        const std::optional<Matrix> covariance = inverse(information);
        if (!covariance)
            return std::nullopt;
        double largestStep = 0;
        for (qsizetype j = 0; j < parameters; ++j) {
            double step = 0;
            for (qsizetype k = 0; k < parameters; ++k)
                step += (*covariance)[j][k] * score.at(k);
            beta[j] += step;
            largestStep = std::max(largestStep, std::abs(step));
        }
        if (largestStep < kTolerance) {
            LogisticFit fit;
            fit.observations = n;
            fit.residualDegreesOfFreedom = n - parameters;
            fit.iterations = iteration;
            for (qsizetype j = 0; j < parameters; ++j) {
                Coefficient coefficient;
                coefficient.term = j == 0 ? QStringLiteral("Intercept") : terms.at(j - 1);
                coefficient.estimate = beta.at(j);
                coefficient.standardError = std::sqrt((*covariance)[j][j]);
                coefficient.z = coefficient.estimate / coefficient.standardError;
                coefficient.pValue = std::erfc(std::abs(coefficient.z) / std::sqrt(2.0));
                coefficient.lower95 = coefficient.estimate - kZ975 * coefficient.standardError;
                coefficient.upper95 = coefficient.estimate + kZ975 * coefficient.standardError;
                fit.coefficients.append(coefficient);
            }
            return fit;
        }
    }
    return std::nullopt;
}

} // namespace egress::demo
