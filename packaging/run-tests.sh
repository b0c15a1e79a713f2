#!/usr/bin/env bash
# Builds everything and runs the whole test suite (core, GUI offscreen, CLI).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh"
"$root/packaging/configure-build.sh"

export QT_QPA_PLATFORM=offscreen
cd "$root/build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
