#pragma once

#include <optional>

namespace egress::table {

// What a regression output says about the model it came from. The dof rule needs the residual
// degrees of freedom; when only N and the number of parameters are published it is N − p.
struct ModelStatistics
{
    std::optional<double> observations; // N
    std::optional<double> residualDegreesOfFreedom;
    std::optional<double> parameters; // estimated coefficients, intercept included

    std::optional<double> effectiveResidualDegreesOfFreedom() const
    {
        if (residualDegreesOfFreedom)
            return residualDegreesOfFreedom;
        if (observations && parameters)
            return *observations - *parameters;
        return std::nullopt;
    }
};

} // namespace egress::table
