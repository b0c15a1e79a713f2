#pragma once

#include <QStringList>

#include <optional>

namespace egress::profiles {

// How seriously a rule's finding is taken, where a profile may choose.
enum class Severity
{
    Review,
    Fail,
};

// `rounding`: published counts above `above` must be multiples of `base` (NHS England SDE:
// counts above 10 to base 5), or, where the profile accepts it, follow midpoint-6 rounding
// (ceil(x/6)·6 − 3 for every count).
struct RoundingSettings
{
    int base = 5;
    int above = 0;
    bool midpointSixAccepted = false;
    // true: margins are rounded like cells; false: they are sums of rounded cells, which this
    // rule does not check.
    bool marginsRerounded = true;
};

// `class-disclosure`: a row or column whose whole count lies in one cell.
struct ClassDisclosureSettings
{
    Severity severity = Severity::Review;
};

// `dominance-nk`: the n largest contributors may hold at most k% of a cell's total. The
// comparison is strict (`>` fails, as ACRO 0.4 and tau-ARGUS) unless the profile says `>=`.
struct DominanceNkSettings
{
    int n = 2;
    double k = 90;
    bool failAtExactlyK = false;
};

// `dominance-p`: the rest of the total (X − x1 − x2) must be at least p% of the largest
// contribution x1. ACRO also fails a cell whose total is zero or negative when zeros are
// disclosive; `nonPositiveTotalFails` reproduces that.
struct DominancePSettings
{
    double p = 10;
    bool nonPositiveTotalFails = false;
};

// `negative` and `missing`: cells whose contributions include negative values (dominance is
// then undefined) or missing values that were dropped.
struct ContributionSettings
{
    Severity severity = Severity::Review;
};

// `dof`: a model's residual degrees of freedom must reach `minimum`; DataSHIELD instead bounds
// the number of parameters by a share of N.
struct DegreesOfFreedomSettings
{
    int minimum = 10;
    std::optional<double> maxParameterShare;
};

// `extreme-value`: a published minimum or maximum is one unit's own value.
struct ExtremeValueSettings
{
    Severity severity = Severity::Fail;
    // false: every published minimum/maximum; true: only those of groups below the threshold.
    bool onlyBelowThreshold = false;
};

// `histogram`: bins are counts (the threshold applies); the outer edges must not be the data's
// own minimum and maximum.
struct HistogramSettings
{
    bool checkOuterEdges = true;
};

// `survival`: each step of a survival table must have at least t units at risk and, when units
// leave the risk set, at least t of them leaving.
struct SurvivalSettings
{
    int t = 10;
};

// `file-type`: what may leave at all, whatever its content.
struct FileTypeSettings
{
    QStringList allowedSuffixes; // lower case, without the dot
    qint64 maxBytes = 0;
};

} // namespace egress::profiles
