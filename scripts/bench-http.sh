#!/usr/bin/env bash
# HTTP benchmark of the release binary with wrk on loopback, on SQLite and on PostgreSQL:
# requests/s and p99 for the sign-in page and a signed-in dashboard, start-up time to ready,
# resident memory idle and under load. Usage: scripts/bench-http.sh [DURATION_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
cargo build --release -q -p safesocial
bin="$PWD/target/release/safesocial"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

pg_admin="${SAFESOCIAL_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
backends=("sqlite://$work/bench.db")
if command -v psql >/dev/null && psql "$pg_admin" -qAtc 'select 1' >/dev/null 2>&1; then
  psql "$pg_admin" -qc 'DROP DATABASE IF EXISTS safesocial_bench' -qc 'CREATE DATABASE safesocial_bench' >/dev/null
  backends+=("${pg_admin%/*}/safesocial_bench")
else
  echo "PostgreSQL not reachable at $pg_admin: measuring SQLite only" >&2
fi

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
wrk_run() { # url cookie -> "rps p50 p99"
  local out
  out=$(wrk -t2 -c16 -d"${duration}s" --latency -H "Cookie: $2" "$1")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "$rps $p50 $p99"
}

printf '\n%-10s %-22s %10s %10s %10s\n' backend page req/s p50 p99
rows=()
port=18400
for url in "${backends[@]}"; do
  port=$((port + 1))
  name=${url%%:*}
  start=$(date +%s%N)
  SAFESOCIAL_DATA_DIR="$work/data-$name" RUST_LOG=warn "$bin" demo --bind "127.0.0.1:$port" --database "$url" >"$work/$name.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do sleep 0.01; done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  # Start-up again on a database that exists already (no demo load, migrations already applied).
  kill "$pid"; wait "$pid" 2>/dev/null || true
  start=$(date +%s%N)
  SAFESOCIAL_DATA_DIR="$work/data-$name" RUST_LOG=warn "$bin" serve --bind "127.0.0.1:$port" --database "$url" >>"$work/$name.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do sleep 0.01; done
  restart_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 1
  idle=$(rss_kb "$pid")
  jar="$work/jar-$name"
  page=$(curl -fs -c "$jar" "http://127.0.0.1:$port/login")
  csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' <<<"$page" | head -n1)
  curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "_csrf=$csrf" --data-urlencode "email=staff@hollygrove.demo.sch.uk" \
    --data-urlencode "password=Lancashire-demo-2026" --data-urlencode "next=/" "http://127.0.0.1:$port/login"
  session=$(awk '$6=="ss_session" {print $7}' "$jar")
  [ -n "$session" ] || { echo "sign-in failed on $name" >&2; cat "$work/$name.log" >&2; exit 1; }
  peak=$idle
  ( while kill -0 "$pid" 2>/dev/null; do r=$(rss_kb "$pid"); echo "$r"; sleep 0.2; done ) >"$work/rss-$name" &
  sampler=$!
  read -r rps50 p50a p99a < <(wrk_run "http://127.0.0.1:$port/login" "x=y")
  printf '%-10s %-22s %10s %10s %10s\n' "$name" "sign-in page" "$rps50" "$p50a" "$p99a"
  read -r rps51 p50b p99b < <(wrk_run "http://127.0.0.1:$port/" "ss_session=$session")
  printf '%-10s %-22s %10s %10s %10s\n' "$name" "dashboard (signed in)" "$rps51" "$p50b" "$p99b"
  kill "$sampler" 2>/dev/null || true
  peak=$(sort -n "$work/rss-$name" | tail -n1)
  rows+=("$(printf '%-10s start-up to ready: %s ms (first run with demo load), %s ms (restart); RSS idle %s MiB, peak under load %s MiB' \
    "$name" "$ready_ms" "$restart_ms" "$((idle / 1024))" "$((peak / 1024))")")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
echo
printf '%s\n' "${rows[@]}"
if [ ${#backends[@]} -gt 1 ]; then psql "$pg_admin" -qc 'DROP DATABASE IF EXISTS safesocial_bench WITH (FORCE)' >/dev/null; fi
