#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and checks the bundled sample request.
# With a display, the GUI opens the sample; without one, the CLI prints the verdict.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh"
"$root/packaging/configure-build.sh" egress-check egress-review

sample="$root/resources/sample"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$root/build/app/gui/egress-review" "$sample"
fi

echo
echo "No display: checking the sample with the command-line twin."
echo "\$ build/app/cli/egress-check check resources/sample"
set +e
"$root/build/app/cli/egress-check" check "$sample"
status=$?
set -e
case $status in
    0) echo "(exit status 0: every output passes)" ;;
    1) echo "(exit status 1: at least one output fails, as the sample is meant to)" ;;
    2) echo "(exit status 2: outputs need a person's review, nothing fails)" ;;
    *) echo "(exit status $status: the check could not run)"; exit "$status" ;;
esac
