#!/usr/bin/env bash
# Benchmark: ledger replay speed. The booking service in-process on the embedded PostgreSQL and Kafka
# of test-support; ≥ 1,000,000 booking and payment events written straight into its event store (COPY,
# serialized by the service's own serializer); the `ledger` tracking processor reset and timed until its
# token reaches the head; the rebuilt ledger checked (entry count, debits = credits per booking and in
# total). Goal: ≥ 50,000 events/s.
#   deploy/loadtest/ledger-replay-benchmark.sh [--events 1000000] [--mix lifecycle|ledger] [--rounds 2] [--no-build]
# The benchmark class lives in the booking service's test sources (it needs test-support and the
# service's test configuration); it is not a *Test, so ./mvnw verify never runs it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
source deploy/find-jdk.sh

build=1
args=()
for arg in "$@"; do
  if [ "$arg" = "--no-build" ]; then build=0; else args+=("$arg"); fi
done

classpath=services/booking-service/target/ledger-benchmark.classpath
if [ "$build" = 1 ] || [ ! -f "$classpath" ]; then
  ./mvnw -B -o -q -pl services/booking-service test-compile
  ./mvnw -B -o -q -pl services/booking-service dependency:build-classpath \
    -Dmdep.outputFile=target/ledger-benchmark.classpath -Dmdep.includeScope=test
fi

exec java -Xmx3g -Daxoniq.update-checker.disabled=true -Dtripavail.test.infra=embedded \
  -cp "services/booking-service/target/test-classes:services/booking-service/target/classes:$(cat "$classpath")" \
  com.tripavail.booking.ledger.LedgerReplayBenchmark "${args[@]}"
