#pragma once

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

} // namespace egress::profiles
