#!/usr/bin/env bash
# Benchmark command: installs what is missing, builds the release app,
# generates the data sets, then runs tests/bench/run.mjs (extra arguments are
# passed on, e.g. --pairs 5 --sizes 1000,10000).
set -euo pipefail
cd "$(dirname "$0")/../.."
./.ci/setup.sh tests
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
trunk build --release --locked
BENCH_DATA_DIR="$PWD/target/bench-data" cargo test --release --locked --test bench_data -- --include-ignored --quiet
BENCH_DATA_DIR="$PWD/target/bench-data" node tests/bench/run.mjs "$@"
