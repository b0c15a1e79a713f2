#include "checkresult.h"

#include <algorithm>

namespace egress::check {

qsizetype CheckResult::countWithStatus(rules::Status wanted) const
{
    return std::count_if(outputs.cbegin(), outputs.cend(),
                         [wanted](const OutputResult& output) { return output.status == wanted; });
}

} // namespace egress::check
