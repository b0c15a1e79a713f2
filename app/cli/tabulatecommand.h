#pragma once

#include "commandcontext.h"

namespace egress::cli {

// egress-check tabulate DATA.csv --rows A[,B] [--cols C[,D]] [--value V] [--stat S[,...]]
//                       [--unit ID[,FALLBACK]] [--margins] [--profile P] [--quiet] -o DIR
// Writes DIR/table.csv, DIR/evidence.json and DIR/result.json (the table checked with its
// evidence); exits as `check` does.
ExitStatus runTabulate(CommandContext& context);

} // namespace egress::cli
