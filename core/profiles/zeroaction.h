#pragma once

#include <QString>

#include <optional>

namespace egress::profiles {

// What a profile says about a cell whose count is exactly zero.
enum class ZeroAction
{
    Safe, // publish (tau-ARGUS; OpenSAFELY, which checks class disclosure instead)
    Review, // a person judges the context (NHS England SDE)
    Fail, // the threshold applies to zero as to any count below it (ACRO)
};

QString toString(ZeroAction action);
std::optional<ZeroAction> zeroActionFromString(const QString& text);

} // namespace egress::profiles
