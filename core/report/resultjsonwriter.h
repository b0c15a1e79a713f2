#pragma once

#include "check/checkresult.h"

#include <QByteArray>
#include <QJsonObject>

namespace egress::report {

// The result JSON of formats.md ("egress-review/result/1"): what scripts and the review
// workflow read. Stable field order and indentation, so identical checks give identical bytes.
class ResultJsonWriter
{
public:
    static constexpr const char* kSchema = "egress-review/result/1";

    static QJsonObject toJson(const check::CheckResult& result);
    static QByteArray toBytes(const check::CheckResult& result);
};

} // namespace egress::report
