#!/usr/bin/env bash
# Kill -9 at random moments during saves and imports on the large synthetic workspace.
#
#   Scripts/crash-test.sh [TRIALS] [SCALE]      (defaults: 100 trials, scale 1 = 4.6 MB)
#
# Each trial restores the workspace to its old state, starts a save of every file (through the
# same session the app saves with) or an import of 200 risks, kills it with SIGKILL after a random
# delay, and checks: every file still parses (validate does not exit 2) and holds exactly the old
# or the new state; the next writer takes the stale lock over and leaves no temporary file.
# Uses the debug binaries unless SAFERPLAN_BIN / SAFERPLAN_FUZZ name others. Exit 0: no failure.
set -euo pipefail
trials=${1:-100}
scale=${2:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${SAFERPLAN_BIN:-$root/.build/debug/saferplan}
fuzz=${SAFERPLAN_FUZZ:-$root/.build/debug/saferplan-fuzz}
for b in "$bin" "$fuzz"; do
  [ -x "$b" ] || { echo "crash-test: $b is missing; run swift build first" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/saferplan-crash.XXXXXX")
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }
digest() { (cd "$1" && sha256sum ./*.json); }

# The old state, and the new state each operation leaves when it runs to the end.
"$fuzz" synthetic "$work/old" "$scale"
{
  echo "id,title,category,owner,status,residual_likelihood,residual_impact"
  for i in $(seq 1 200); do echo "CRASH-$i,Risk added by the crash test $i,Delivery,Test owner,open,2,3"; done
} > "$work/import.csv"
echo "id,title" > "$work/none.csv"
declare -A new_state duration
for op in save import; do
  rm -rf "$work/ws" && cp -a "$work/old" "$work/ws"
  start=$(now_ms)
  if [ "$op" = save ]; then "$fuzz" save "$work/ws" >/dev/null; else "$bin" import risks "$work/import.csv" "$work/ws" >/dev/null; fi
  duration[$op]=$(( $(now_ms) - start ))
  new_state[$op]=$(digest "$work/ws")
done
old_state=$(digest "$work/old")

failures=0 killed=0 finished=0 temps=0 locks=0
fail() { echo "FAIL trial $1: $2" >&2; failures=$((failures + 1)); }
for trial in $(seq 1 "$trials"); do
  op=save; [ $((RANDOM % 2)) -eq 0 ] && op=import
  rm -rf "$work/ws" && cp -a "$work/old" "$work/ws"
  # A third of the kills anywhere in the operation, the rest near its end, where files are written.
  d=${duration[$op]}
  r=$(( RANDOM * 32768 + RANDOM ))
  if [ $((RANDOM % 3)) -eq 0 ]; then delay=$(( r % (d + 1) )); else delay=$(( d * 3 / 4 + r % (d * 3 / 10 + 1) )); fi
  if [ "$op" = save ]; then "$fuzz" save "$work/ws" >/dev/null 2>&1 & else "$bin" import risks "$work/import.csv" "$work/ws" >/dev/null 2>&1 & fi
  pid=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); else finished=$((finished + 1)); fi
  wait "$pid" 2>/dev/null || true
  ls -A "$work/ws" | grep -q '\.tmp-' && temps=$((temps + 1))
  [ -e "$work/ws/.saferplan.lock" ] && locks=$((locks + 1))
  # Every file parses.
  set +e; "$bin" validate "$work/ws" >/dev/null 2>"$work/validate.err"; status=$?; set -e
  [ "$status" -eq 2 ] && fail "$trial" "a file does not parse after killing $op at ${delay} ms: $(cat "$work/validate.err")"
  # Every file holds the old or the new state.
  while read -r hash name; do
    grep -qF "$hash  $name" <<<"$old_state" || grep -qF "$hash  $name" <<<"${new_state[$op]}" \
      || fail "$trial" "$name holds neither the old nor the new state after killing $op at ${delay} ms"
  done < <(digest "$work/ws")
  # The next writer takes the stale lock over and clears the leftovers.
  set +e; "$bin" import risks "$work/none.csv" "$work/ws" >/dev/null 2>"$work/next.err"; status=$?; set -e
  [ "$status" -eq 0 ] || fail "$trial" "the next writer could not start: $(cat "$work/next.err")"
  left=$(cd "$work/ws" && ls -A | grep -E '^\.' || true)
  [ -z "$left" ] || fail "$trial" "left behind after the next start: $left"
done
echo "crash-test: $trials trials (scale $scale; save ${duration[save]} ms, import ${duration[import]} ms), $killed killed mid-operation, $finished finished first; $temps left a temporary file and $locks a lock, all cleared by the next writer; $failures failures"
[ "$failures" -eq 0 ]
