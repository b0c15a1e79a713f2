#pragma once

#include "commandcontext.h"

namespace egress::cli {

// egress-check sample -o DIR [--seed N] [--persons N] [--events N] [--quiet]
ExitStatus runSample(CommandContext& context);

} // namespace egress::cli
