#pragma once

#include "commandcontext.h"

namespace egress::cli {

// egress-check check PATH... [--profile NAME|FILE] [--format text|json] [-o FILE]
//                            [--label-columns N]
ExitStatus runCheck(CommandContext& context);

} // namespace egress::cli
