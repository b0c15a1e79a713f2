#pragma once

#include "io/requestmanifest.h"
#include "outputresult.h"
#include "rules/status.h"

#include <QList>
#include <QString>

#include <optional>

namespace egress::check {

struct ProfileStamp
{
    QString name;
    int version = 0;
    QString sha256;
};

// Everything one check produced: the profile it ran under and a verdict per output. The overall
// status is the worst of the outputs'.
struct CheckResult
{
    ProfileStamp profile;
    rules::Status status = rules::Status::Pass;
    QList<OutputResult> outputs;
    // Set when a request package was checked.
    std::optional<io::RequestInfo> request;
    // The package's supporting files (code, logs): listed for the checker, never released.
    QList<io::SupportingFile> supporting;

    qsizetype countWithStatus(rules::Status status) const;
};

} // namespace egress::check
