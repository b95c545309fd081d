#!/usr/bin/env bash
# Benchmark of the trip service's routing core (no Spring, no database): generates a metropolitan-scale GTFS feed
# (a 71×71 grid of stops 400 m apart, 380 bus + 20 metro routes, both directions, weekday and weekend services:
# about 6 million stop_times) in a temp directory, imports it (time, peak heap), then times 1,000 random
# origin/destination searches at varied times and days, earliest-arrival RAPTOR and McRAPTOR (arrival, price,
# transfers), p50/p90/p99/max. The classes live in the trip service's test sources.
#   deploy/loadtest/routing-benchmark.sh [--side 71] [--bus-routes 380] [--metro-routes 20] [--queries 1000]
#                                        [--warmup 300] [--seed 42] [--keep-feed] [--no-build]
# Heap: -Xmx4g (the goal is an import within 4 GiB); override with ROUTING_BENCHMARK_HEAP=-Xmx2g.
# Not part of ./mvnw verify.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
source deploy/find-jdk.sh

build=1
args=()
for arg in "$@"; do
  if [ "$arg" = "--no-build" ]; then build=0; else args+=("$arg"); fi
done

module=services/trip-service
cp_file=$module/target/routing-benchmark.classpath
if [ "$build" = 1 ] || [ ! -f "$cp_file" ]; then
  ./mvnw -B -o -q -pl $module test-compile
  ./mvnw -B -o -q -pl $module dependency:build-classpath -Dmdep.outputFile=target/routing-benchmark.classpath -Dmdep.includeScope=test
fi

exec java ${ROUTING_BENCHMARK_HEAP:--Xmx4g} -XX:+UseParallelGC \
  -cp "$module/target/test-classes:$module/target/classes:$(cat "$cp_file")" \
  com.tripavail.trip.routing.benchmark.RoutingBenchmark "${args[@]}"
