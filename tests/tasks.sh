#!/usr/bin/env bash
# Tierlab's task script: the README's two set-up commands and the benchmark.
#   bash tests/tasks.sh serve   build the release WASM into www/pkg and serve www/ on 127.0.0.1:8080
#   bash tests/tasks.sh test    install what is missing, then fmt, clippy, native, browser and page tests
#   bash tests/tasks.sh bundle  write the self-contained single-file page to target/tierlab.html
#   bash tests/tasks.sh bench   print the benchmark's figures against the targets (BENCHMARKS.md)
#   bash tests/tasks.sh pool-phases SCENARIO.json [WORKERS] [RUNS] [PAGES]   where the page's Run
#                               spends its time, phase by phase and thread by thread (BENCHMARKS.md)
#   bash tests/tasks.sh pin-digests   write tests/data/pinned_digests.txt anew (a deliberate change)
#   bash tests/tasks.sh mutants [args]   mutation testing, hours, outside `test` (TESTING.md)
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_TARGET=wasm32-unknown-unknown
# `cargo install` puts wasm-bindgen and wasm-bindgen-test-runner (cargo's runner for the
# browser tests, .cargo/config.toml) in cargo's bin directory: on PATH even where the
# shell's profile did not put it there.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
PORT="${PORT:-8080}"

say() { printf '\n== %s\n' "$*"; }

# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_toolchain() {
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    say "installing the $WASM_TARGET target"
    rustup target add "$WASM_TARGET"
  fi
  local want have
  want="$(locked_wasm_bindgen_version)"
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (found '${have:-none}')"
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing chromium and chromium-driver from Debian"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver
  fi
}

ensure_page_test_deps() {
  if [ ! -d tests/page/node_modules/playwright-core ]; then
    say "installing playwright-core (driver only; it uses Debian's /usr/bin/chromium)"
    (cd tests/page && npm ci --no-audit --no-fund)
  fi
}

# numpy for the plain model's numpy version (tests/bench/plain_model.py), in a virtual
# environment under target/: it leaves the machine's own Python alone, works where pip
# refuses to install into the system's Python (PEP 668), and goes with `cargo clean`.
BENCH_VENV=target/bench-venv

ensure_numpy() {
  if ! "$BENCH_VENV/bin/python" -c 'import numpy' 2>/dev/null; then
    say "installing numpy into $BENCH_VENV (for tests/bench/plain_model.py)"
    python3 -m venv "$BENCH_VENV"
    "$BENCH_VENV/bin/python" -m pip install --quiet numpy
  fi
}

# The page's WASM (Cargo.toml's page profile: the release build at opt-level 2) → www/pkg
# (git-ignored), the files the page loads.
build_page() {
  say "building the WASM for the page (profile page)"
  cargo build --profile page --lib --target "$WASM_TARGET"
  # The function names and the producers note are for debuggers, not for the page: 7% of
  # the file gzipped.
  wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
    --out-dir www/pkg "target/$WASM_TARGET/page/tierlab.wasm"
}

# The single-file page for wikis that accept only attachments: the page, its worker and
# the WASM inlined into target/tierlab.html (tests/bundle.mjs; needs only node).
write_bundle() {
  say "writing the single-file page target/tierlab.html"
  node tests/bundle.mjs target/tierlab.html
}

bundle() {
  ensure_wasm_toolchain
  build_page
  write_bundle
}

serve() {
  ensure_wasm_toolchain
  build_page
  say "serving www/ — open http://127.0.0.1:$PORT/"
  exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory www
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

run_page_tests() {
  local port pid status
  port="$(free_port)"
  python3 -m http.server "$port" --bind 127.0.0.1 --directory www >/dev/null 2>&1 &
  pid=$!
  status=0
  TIERLAB_BUNDLE_REQUIRED=1 TIERLAB_URL="http://127.0.0.1:$port/" node --test --test-concurrency=1 tests/page/ || status=$?
  kill "$pid" 2>/dev/null || true
  return "$status"
}

test_all() {
  ensure_wasm_toolchain
  ensure_chromium
  ensure_page_test_deps
  say "cargo fmt --check"
  cargo fmt --check
  say "cargo clippy --all-targets -- -D warnings"
  cargo clippy --all-targets -- -D warnings
  cargo clippy --all-targets --target "$WASM_TARGET" -- -D warnings
  say "native tests"
  cargo test --profile ci
  say "browser tests (wasm-bindgen-test in headless Chromium)"
  TIERLAB_NATIVE_DIGEST="$(cargo run --profile ci --quiet -- digest tests/data/determinism.json)"
  echo "native results digest of tests/data/determinism.json: $TIERLAB_NATIVE_DIGEST"
  TIERLAB_NATIVE_DIGEST="$TIERLAB_NATIVE_DIGEST" CHROMEDRIVER=/usr/bin/chromedriver \
    cargo test --target "$WASM_TARGET" --test web --test web_worker --test web_study
  build_page
  write_bundle
  say "page tests (the served page and the single file in headless Chromium)"
  run_page_tests
}

# Figures, not a pass/fail test: the native half (src/bin/bench/) times the workloads and
# writes them to target/bench; then one native pass of the plain model against its numpy
# version (tests/bench/plain_model.py), one right after the other; the browser half
# (tests/bench/bench.mjs) runs the hotel scenarios in the release WASM in headless Chromium,
# with the repository root served so the harness page reaches www/pkg.
bench() {
  ensure_wasm_toolchain
  ensure_chromium
  ensure_page_test_deps
  ensure_numpy
  say "building the native benchmark"
  cargo build --release --bin bench
  build_page
  say "native"
  target/release/bench target/bench
  say "plain model: one native pass against numpy"
  TIERLAB_PYTHON="$BENCH_VENV/bin/python" \
    target/release/bench --plain-model tests/bench/plain_model.json target/bench
  local port pid status
  port="$(free_port)"
  python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1 &
  pid=$!
  status=0
  node tests/bench/bench.mjs target/bench "http://127.0.0.1:$port/" || status=$?
  kill "$pid" 2>/dev/null || true
  return "$status"
}

# The page's Run timed phase by phase, with each Chromium thread's processor time
# (tests/bench/pool-phases.mjs), the repository root served as for the benchmark.
pool_phases() {
  ensure_wasm_toolchain
  ensure_chromium
  ensure_page_test_deps
  build_page
  local port pid status
  port="$(free_port)"
  python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1 &
  pid=$!
  status=0
  node tests/bench/pool-phases.mjs "http://127.0.0.1:$port/" "$@" || status=$?
  kill "$pid" 2>/dev/null || true
  return "$status"
}

# Every preset as shipped and tests/data/determinism.json, digested by the command line, into
# the file tests/pinned_digests.rs holds the code to. Commit the change with the reason.
pin_digests() {
  cargo build --profile ci --bin tierlab
  local file=tests/data/pinned_digests.txt tmp
  tmp="$(mktemp -d)"
  sed -n '/^#/p' "$file" > "$tmp/pinned"
  for name in $(target/ci/tierlab presets | cut -f1); do
    target/ci/tierlab preset "$name" > "$tmp/$name.json"
    echo "$name $(target/ci/tierlab digest "$tmp/$name.json")" >> "$tmp/pinned"
  done
  echo "determinism.json $(target/ci/tierlab digest tests/data/determinism.json)" >> "$tmp/pinned"
  mv "$tmp/pinned" "$file"
  rm -rf "$tmp"
  git --no-pager diff --stat -- "$file"
}

# Mutation testing (TESTING.md): cargo-mutants mutates src/rules, src/engine,
# src/economics.rs and src/metrics one change at a time and runs the native tests against
# each. Hours on two cores, so not part of `test`: it runs niced and goes on where the last
# run stopped (--iterate skips what tests/mutants/mutants.out already counts as caught or
# unviable, and accumulates). The three slowest test programs are left out (TESTING.md says
# which and why). Extra arguments go to cargo-mutants (--shard 1/4, -f src/rules/tiers.rs).
MUTANT_TESTS=()
for t in tests/*.rs; do
  case "$(basename "$t" .rs)" in
    cli | pinned_digests | engine_equivalence | web | web_study | web_worker) ;;
    *) MUTANT_TESTS+=(--test "$(basename "$t" .rs)") ;;
  esac
done

mutants() {
  command -v cargo-mutants >/dev/null || cargo install cargo-mutants --version 27.1.0
  command -v cargo-nextest >/dev/null || cargo install cargo-nextest --version 0.9.143
  # A session of its own whose scheduling group runs at nice 19: with the kernel's
  # autogroups (Debian's default) `nice` alone only ranks processes within one session, and
  # the run took a full share of the cores from everything else.
  setsid --wait bash -c 'echo 19 >/proc/self/autogroup 2>/dev/null; exec nice -n 19 "$@"' mutants \
    cargo mutants --iterate --no-shuffle --profile mutants --output tests/mutants \
    --test-tool nextest \
    -f 'src/rules/**' -f 'src/engine/**' -f src/economics.rs -f 'src/metrics/**' \
    "$@" -- --lib "${MUTANT_TESTS[@]}"
}

case "${1:-}" in
  serve) serve ;;
  test) test_all ;;
  bundle) bundle ;;
  bench) bench ;;
  pool-phases) shift; pool_phases "$@" ;;
  pin-digests) pin_digests ;;
  mutants) shift; mutants "$@" ;;
  *) echo "usage: bash tests/tasks.sh serve|test|bundle|bench|pool-phases|pin-digests|mutants" >&2; exit 2 ;;
esac
