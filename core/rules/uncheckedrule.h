#pragma once

#include "finding.h"
#include "table/outputkind.h"

namespace egress::rules {

// `unchecked`: an output the engine cannot read as a table (an image, a document, an unknown
// format) still goes to a person. It is never passed, and never silently dropped.
class UncheckedRule
{
public:
    static QString id() { return QStringLiteral("unchecked"); }
    static Finding findingFor(table::OutputKind kind);
};

} // namespace egress::rules
