#!/usr/bin/env bash
# Configures the build tree (once) and builds the given targets, or everything. Shared by the
# quick start and the test run so that both reuse one incremental build in build/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build"

warnings_as_errors=OFF
if [ -n "${CI:-}" ]; then
    warnings_as_errors=ON
fi

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DEGRESS_WARNINGS_AS_ERRORS="$warnings_as_errors"
else
    cmake "$build" -DEGRESS_WARNINGS_AS_ERRORS="$warnings_as_errors" > /dev/null
fi

targets=()
for target in "$@"; do
    targets+=(--target "$target")
done
cmake --build "$build" --parallel "$(nproc)" "${targets[@]}"
