#!/usr/bin/env bash
# Quick start: installs what is missing, builds, makes the synthetic CLD extract and the demo
# request package from it, and checks the demo request. With a display, the GUI opens it;
# without one, the CLI prints the verdict.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh"
"$root/packaging/configure-build.sh" egress-check egress-review

echo
echo "\$ build/app/cli/egress-check sample -o build/demo"
"$root/build/app/cli/egress-check" sample --quiet -o "$root/build/demo"
request="$root/build/demo/demo-request"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$root/build/app/gui/egress-review" "$request"
fi

echo
echo "No display: checking the demo request with the command-line twin."
echo "\$ build/app/cli/egress-check check build/demo/demo-request"
set +e
"$root/build/app/cli/egress-check" check "$request"
status=$?
set -e
case $status in
    0) echo "(exit status 0: every output passes)" ;;
    1) echo "(exit status 1: at least one output fails, as each unsafe twin is meant to)" ;;
    2) echo "(exit status 2: outputs need a person's review, nothing fails)" ;;
    *) echo "(exit status $status: the check could not run)"; exit "$status" ;;
esac
