#pragma once

#include "commandcontext.h"

namespace egress::cli {

// egress-check profiles list | profiles show NAME|FILE
ExitStatus runProfiles(CommandContext& context);

} // namespace egress::cli
