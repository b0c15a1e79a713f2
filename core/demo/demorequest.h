#pragma once

#include "cldperson.h"
#include "demooutput.h"

#include <QList>

namespace egress::demo {

// The demo request package's outputs, computed from the people of a synthetic CLD extract: the
// seven analyses of cld.md, each as a researcher would submit it after disclosure control and
// as an unsafe twin that fails for one intended reason (docs/rules.md, "The demo request").
class DemoRequest
{
public:
    // Throws std::invalid_argument for an extract too small for the analyses (fewer than 1,000
    // people, or too few older service users to fit the model). The verdicts are the intended
    // ones at the catalogue size; a much smaller extract makes small cells of safe tables too.
    static QList<DemoOutput> outputs(const QList<CldPerson>& people);
};

} // namespace egress::demo
