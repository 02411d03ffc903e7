#!/usr/bin/env bash
# The fault and load runs (README, "Security and limits"): the jar with the documented flags, on this machine only.
# Not a test. Disk full mounts a small tmpfs (needs root; skipped otherwise).
#   bench/fault-runs.sh [-Dfaults.only=kill,disk,slow,bodies,brute,writers,mixed] [-Dfaults.mixed-seconds=60]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp package -DskipTests
./mvnw -q -B -ntp -Pbenchmark test-compile exec:exec@fault-runs "$@"
