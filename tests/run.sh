#!/usr/bin/env bash
# One command for every test suite: installs what tests need, then runs
#   1. native unit + property tests (domain, store, i18n)   cargo test
#   2. IndexedDB tests in headless Chromium                  wasm-bindgen-test
#   3. end-to-end tests against the release build            Playwright
# and ends with each runner's summary and a combined count.
set -uo pipefail
cd "$(dirname "$0")/.."
source .ci/setup.sh tests || { echo "setup failed"; exit 1; }
set +e
export TRUNK_SKIP_VERSION_CHECK=true CHROMEDRIVER=/usr/bin/chromedriver
logs=$(mktemp -d)
status=0

step() { printf '\n==> %s\n' "$*"; }

step "native tests"
cargo test --locked 2>&1 | tee "$logs/native.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

step "IndexedDB tests in Chromium"
cargo test --locked --target wasm32-unknown-unknown --test idb 2>&1 | tee "$logs/wasm.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

step "release build"
if trunk build --release --locked 2>&1 | tee "$logs/build.log"; [ "${PIPESTATUS[0]}" -eq 0 ]; then
  step "end-to-end tests"
  # A free loopback port, so a server left running elsewhere cannot clash.
  E2E_PORT=${E2E_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
  export E2E_PORT
  npx playwright test 2>&1 | tee "$logs/e2e.log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
else
  status=1
fi

passed=0
failed=0
for f in "$logs/native.log" "$logs/wasm.log"; do
  p=$(grep -Eo '[0-9]+ passed' "$f" | awk '{s+=$1} END {print s+0}')
  q=$(grep -Eo '[0-9]+ failed' "$f" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + q))
done
if [ -f "$logs/e2e.log" ]; then
  p=$(grep -Eo '^ *[0-9]+ passed' "$logs/e2e.log" | awk '{s+=$1} END {print s+0}')
  q=$(grep -Eo '^ *[0-9]+ failed' "$logs/e2e.log" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + q))
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo
echo "${passed} passed, ${failed} failed"
exit "$status"
