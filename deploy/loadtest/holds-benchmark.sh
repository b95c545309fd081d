#!/usr/bin/env bash
# Benchmark: holds/s of the event-sourced calendar (the inventory service's hold path, in-process,
# HoldDesk → command bus → RoomCalendar → PostgreSQL event store) against the seed's design (one
# UPDATE … available_units >= :n per night in one transaction), on the same embedded PostgreSQL in
# the same run: 64 clients on one hot room type, then spread over many room types; afterwards the
# held units are counted in each store and compared with capacity (oversold must be 0).
#   deploy/loadtest/holds-benchmark.sh [--clients 64] [--pool 12] [--hot-attempts 100000] [--hot-units 90000]
#                                      [--spread-attempts 50000] [--room-types 200] [--spread-units 250]
#                                      [--warmup 5000] [--no-build]
# Needs no running stack and no Docker; not part of ./mvnw verify.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
source deploy/find-jdk.sh

build=1
args=()
for arg in "$@"; do
  if [ "$arg" = "--no-build" ]; then build=0; else args+=("$arg"); fi
done

service_cp=services/inventory-service/target/holds-benchmark-service.classpath
bench_cp=deploy/loadtest/target/holds-benchmark.classpath
if [ "$build" = 1 ] || [ ! -f "$service_cp" ] || [ ! -f "$bench_cp" ]; then
  ./mvnw -B -o -q -pl services/inventory-service,deploy/loadtest package -DskipTests
  ./mvnw -B -o -q -pl services/inventory-service dependency:build-classpath \
    -Dmdep.outputFile=target/holds-benchmark-service.classpath -Dmdep.includeScope=runtime
  # compile = compile + provided (test-support, Spring Boot, Axon); slf4j-simple would displace the service's logback
  ./mvnw -B -o -q -pl deploy/loadtest dependency:build-classpath \
    -Dmdep.outputFile=target/holds-benchmark.classpath -Dmdep.includeScope=compile -Dmdep.excludeArtifactIds=slf4j-simple
fi

exec java -Xmx2g -Daxoniq.update-checker.disabled=true -Dtripavail.test.infra=embedded \
  -cp "deploy/loadtest/target/classes:services/inventory-service/target/classes:$(cat "$service_cp"):$(cat "$bench_cp")" \
  com.tripavail.loadtest.HoldsBenchmark "${args[@]}"
