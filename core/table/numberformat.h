#pragma once

#include <QString>

namespace egress::table {

// Numbers as a person writes them in a sentence: whole numbers without a decimal point, others
// with up to 12 significant digits; never locale-dependent, so results are reproducible.
QString formatNumber(double value);

} // namespace egress::table
