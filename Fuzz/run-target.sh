#!/usr/bin/env bash
# Runs one fuzz target (built by `make fuzz`) for a set time and prints one summary line.
# Usage: Fuzz/run-target.sh TARGET SECONDS SEED_FOLDER...
# The corpus it grows lives in .build-fuzz/corpus/TARGET (not in git); crashes, timeouts and
# out-of-memory inputs go to .build-fuzz/artifacts/TARGET/. Exit status 1 when it found one.
set -uo pipefail
target=$1 seconds=$2
shift 2
bin=.build-fuzz/release/$target
work=.build-fuzz/corpus/$target
artifacts=.build-fuzz/artifacts/$target
log=.build-fuzz/$target.log
mkdir -p "$work" "$artifacts"
touch "$log.start"
# Leaks are reported too (LeakSanitizer ships with the toolchain); FUZZ_LEAKS=0 turns that off.
# libFuzzer and AddressSanitizer report a crash themselves; Swift's own backtracer would
# wait on a terminal that is not there.
export SWIFT_BACKTRACE=enable=no
"$bin" "$work" "$@" -dict="Fuzz/dict/$target.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=16384 -artifact_prefix="$artifacts/" -print_final_stats=1 -detect_leaks="${FUZZ_LEAKS:-1}" >"$log" 2>&1
status=$?
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
found=$(find "$artifacts" -type f -newer "$log.start" \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
printf '%-16s %10s executions in %ss, corpus %s inputs, %s crash/timeout/oom input(s) in %s\n' \
    "$target" "${runs:-0}" "$seconds" "$(ls "$work" | wc -l)" "$found" "$artifacts"
if [ "$status" -ne 0 ]; then
    echo "$target failed (exit $status); the end of $log:" >&2
    tail -40 "$log" >&2
    exit 1
fi
