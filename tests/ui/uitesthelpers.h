#pragma once

#include "check/checker.h"
#include "profiles/profilecatalog.h"

#include <QDir>
#include <QString>

namespace egress::testing {

// The bundled sample, checked under the default profile: the same data the user sees first.
inline check::CheckResult checkedSample()
{
    const check::Checker checker(profiles::ProfileCatalog::builtIn(QStringLiteral("nhse-sde")));
    return checker.checkPaths({QStringLiteral(EGRESS_SAMPLE_DIR)});
}

inline const check::OutputResult& sampleOutput(const check::CheckResult& result, const QString& id)
{
    for (const check::OutputResult& output : result.outputs) {
        if (output.id == id)
            return output;
    }
    qFatal("sample output %s missing", qPrintable(id));
}

} // namespace egress::testing
