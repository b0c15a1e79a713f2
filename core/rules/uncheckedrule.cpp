#include "uncheckedrule.h"

namespace egress::rules {

Finding UncheckedRule::findingFor(table::OutputKind kind)
{
    Finding finding;
    finding.rule = id();
    finding.status = Status::Review;
    switch (kind) {
    case table::OutputKind::Image:
        finding.message = QStringLiteral(
            "an image cannot be checked automatically: a person must review what it shows");
        break;
    case table::OutputKind::Document:
        finding.message
            = QStringLiteral("a document cannot be checked automatically: a person must read it");
        break;
    default:
        finding.message = QStringLiteral(
            "this kind of file cannot be checked automatically: a person must review it");
        break;
    }
    return finding;
}

} // namespace egress::rules
