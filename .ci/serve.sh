#!/usr/bin/env bash
# One command to run SalesFlow: installs what is missing, builds the release
# app and serves it on http://127.0.0.1:8080 (Ctrl-C to stop).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/setup.sh
export TRUNK_SKIP_VERSION_CHECK=true
exec trunk serve --release --locked --address 127.0.0.1 --port 8080
