#pragma once

#include "commandcontext.h"
#include "exitstatus.h"

namespace egress::cli {

// egress-check protect TABLE.csv [--evidence FILE] --method suppress [--profile P] -o OUT.csv
ExitStatus runProtect(CommandContext& context);

} // namespace egress::cli
