#!/usr/bin/env bash
# Benchmark: event stored → visible on Kafka (p50/p90/p99) under a steady stream of commands.
# Starts the local stack unless one is already answering on :8081, runs the load, stops what it started.
#   deploy/loadtest/event-latency.sh [--rate 100] [--seconds 60] [--providers 20]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
source deploy/find-jdk.sh

if [ ! -f deploy/loadtest/target/classpath.txt ] || [ ! -f deploy/local/target/local-stack.jar ]; then
  ./mvnw -B -q install -DskipTests
fi

started=""
if ! curl -sf http://127.0.0.1:8081/actuator/health >/dev/null 2>&1; then
  deploy/local/start --no-build > "$root/.local-data/loadtest-stack.log" 2>&1 &
  started=$!
  trap 'kill -TERM $started 2>/dev/null; wait $started 2>/dev/null || true' EXIT
  for _ in $(seq 1 240); do
    curl -sf http://127.0.0.1:8081/actuator/health >/dev/null 2>&1 && break
    kill -0 "$started" 2>/dev/null || { echo "local stack failed to start:"; tail -40 "$root/.local-data/loadtest-stack.log"; exit 1; }
    sleep 0.5
  done
fi

java -cp "deploy/loadtest/target/classes:$(cat deploy/loadtest/target/classpath.txt)" \
  com.tripavail.loadtest.EventToKafkaLatency "$@"
