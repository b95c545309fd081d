#!/usr/bin/env bash
# Benchmark: end-to-end bookings through the REST APIs of the local stack (issue 4): quote → hold → pay →
# CONFIRMED, across Kafka (booking ⇄ inventory) and the simulated payment provider's signed webhook.
# Sets up a fresh hotel of the seeded hotel manager (--rooms room types × --units rooms, --nights open nights),
# then books as the seeded traveller: open loop at --rate bookings/s, or closed loop with --concurrency travellers,
# for --warmup s, then --seconds measured. Prints sustained confirmed bookings/s, outcomes, p50/p90/p99/max of
# quote, hold acknowledgement, confirmation and end to end, the stages of both from the events on Kafka, CPU per
# process and the services' processor and consumer lag.
#   deploy/loadtest/booking-benchmark.sh [--rate 200 | --concurrency 64] [--seconds 60] [--warmup 20] [--rooms 50]
#                                        [--units 1000] [--nights 90] [--max-stay 3] [--wait 10]
#                                        [--webhook-delay 0ms] [--no-build]
# Uses the stack answering on :8081 if there is one; otherwise starts it (deploy/local/start --no-build) and stops it
# at the end. --webhook-delay sets the simulated provider's delay (default 200ms) of a stack this script starts,
# through TRIPAVAIL_JVM_OPTS. Not part of ./mvnw verify.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
source deploy/find-jdk.sh

build=1
webhook_delay=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --webhook-delay) webhook_delay="$2"; shift ;;
    *) args+=("$1") ;;
  esac
  shift
done

if [ "$build" = 1 ] || [ ! -f deploy/loadtest/target/classpath.txt ] || [ ! -f deploy/local/target/local-stack.jar ]; then
  ./mvnw -B -o -q -pl deploy/local,deploy/loadtest,services/booking-service,services/inventory-service,services/provider-onboarding-service \
    -am install -DskipTests
fi

started=""
if ! curl -sf http://127.0.0.1:8081/actuator/health >/dev/null 2>&1; then
  mkdir -p "$root/.local-data"
  if [ -n "$webhook_delay" ]; then
    export TRIPAVAIL_JVM_OPTS="${TRIPAVAIL_JVM_OPTS:-} -Dtripavail.booking.payments.providers.simulated.webhook-delay=$webhook_delay"
  fi
  deploy/local/start --no-build > "$root/.local-data/booking-benchmark-stack.log" 2>&1 &
  started=$!
  trap 'kill -TERM $started 2>/dev/null; wait $started 2>/dev/null || true' EXIT
  for _ in $(seq 1 360); do
    grep -q "local stack is up" "$root/.local-data/booking-benchmark-stack.log" 2>/dev/null && break
    kill -0 "$started" 2>/dev/null || { echo "local stack failed to start:"; tail -40 "$root/.local-data/booking-benchmark-stack.log"; exit 1; }
    sleep 0.5
  done
  grep -q "local stack is up" "$root/.local-data/booking-benchmark-stack.log" \
    || { echo "local stack not up after 3 minutes:"; tail -40 "$root/.local-data/booking-benchmark-stack.log"; exit 1; }
elif [ -n "$webhook_delay" ]; then
  echo "a local stack is already running: --webhook-delay applies only to a stack this script starts" >&2
  echo "(stop it, or start it with TRIPAVAIL_JVM_OPTS=-Dtripavail.booking.payments.providers.simulated.webhook-delay=$webhook_delay)" >&2
  exit 2
fi

# With psql at hand: PostgreSQL's work per confirmed booking over the whole run (setup and warm-up included),
# from pg_stat_database of the stack's databases.
pg_stats() {
  command -v psql >/dev/null 2>&1 || return 0
  psql -h 127.0.0.1 -p 5433 -U postgres -d booking -AtF' ' -c "select datname, xact_commit, tup_inserted, tup_updated,
      tup_deleted, tup_fetched from pg_stat_database where datname in ('booking', 'inventory') order by datname" \
      -c "select 'confirmed', count(*) from booking_view where status = 'CONFIRMED'" 2>/dev/null || true
}
before="$(pg_stats)"

# The client shares the 2 cores with the stack it measures: C1 only and the serial collector keep its own CPU small
# (its JIT compiling alone cost as much as its requests in a one-minute run).
java -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "deploy/loadtest/target/classes:$(cat deploy/loadtest/target/classpath.txt)" \
  com.tripavail.loadtest.BookingBenchmark ${args[@]+"${args[@]}"}

after="$(pg_stats)"
if [ -n "$before" ] && [ -n "$after" ]; then
  echo
  echo "PostgreSQL per confirmed booking (whole run, from pg_stat_database):"
  paste -d' ' <(echo "$before") <(echo "$after") | awk '
    $1 == "confirmed" { n = $4 - $2 }
    $1 != "confirmed" { raw[$1] = ($8 - $2) " " ($9 - $3) " " ($10 - $4) " " ($11 - $5) " " ($12 - $6) }
    END { if (n <= 0) { print "  no booking confirmed"; exit }
          for (db in raw) { split(raw[db], v, " ");
            printf "  %-10s %6.1f transactions, %6.1f rows inserted, %6.1f updated, %5.1f deleted, %7.1f fetched\n",
                   db, v[1] / n, v[2] / n, v[3] / n, v[4] / n, v[5] / n } }'
fi
