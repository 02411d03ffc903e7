#!/usr/bin/env bash
# The side-by-side benchmark (README, "Performance"): mvgraph's jar and @neo4j/graphql over one embedded Neo4j,
# and the floor (one hand-written Cypher statement through the Java driver). Not a test. Needs node and npm.
#   bench/side-by-side.sh [-Dbenchmark.seconds=6] [-Dbenchmark.rounds=3] [-Dbenchmark.concurrency=1,8]
set -euo pipefail
cd "$(dirname "$0")/.."
(cd bench/peer && npm ci --no-audit --no-fund --loglevel=error)
./mvnw -q -B -ntp package -DskipTests
./mvnw -q -B -ntp -Pbenchmark test-compile exec:exec@side-by-side "$@"
