#pragma once

#include "finding.h"

#include <QString>

#include <optional>

namespace egress::profiles {
class Profile;
}

namespace egress::rules {

// `file-type`: whatever its content, a file of a type the profile does not allow, or larger
// than it allows, does not leave (OpenSAFELY Airlock's allow-list and 16 MB limit). It is judged
// from the file alone, before and apart from the table rules.
class FileTypeRule
{
public:
    static QString id() { return QStringLiteral("file-type"); }
    static std::optional<Finding> check(const QString& fileName, qint64 bytes,
                                        const profiles::Profile& profile);
    // "file type not allowed" or "file over the size limit", for an output's summary.
    static QString summarise(const Finding& finding);
};

} // namespace egress::rules
