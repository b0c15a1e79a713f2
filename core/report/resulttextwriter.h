#pragma once

#include "check/checkresult.h"

#include <QString>

namespace egress::report {

// The human-readable verdict printed by `egress-check check`: one line per output, one line
// per finding naming the cell by its labels, and the overall verdict last.
class ResultTextWriter
{
public:
    static QString toText(const check::CheckResult& result);
};

} // namespace egress::report
