#!/usr/bin/env bash
# The benchmarks of the portal, each against a page of the same portal under concurrent load.
#
#   config/benchmark.sh           issue 3: the public search with filters and a coordinator's review queue against
#                                 a trivial page, on PostgreSQL filled with 500 hospitals, 50,000 externships, 100,000
#                                 students and 300,000 applications (generated once into the database portal_bench on
#                                 127.0.0.1:5432, trust auth). Report: web/target/benchmark/report.md.
#                                 Settings: BENCHMARK_USERS (50), BENCHMARK_SECONDS (30 per page), BENCHMARK_PROFILE=1
#                                 records a Java Flight Recording of Payara's JVM into web/target/benchmark/portal.jfr,
#                                 BENCHMARK_ONLY (a regular expression) measures only the pages whose names match it
#                                 beside the trivial pages, e.g. BENCHMARK_ONLY=calendar.
#   config/benchmark.sh layout    issue 9: the layout's fixed cost, the landing page and an externship's public page
#                                 against the floor (floor.xhtml: one output text, no layout), on the demo data in the
#                                 embedded database, in alternating rounds. Report: web/target/benchmark/layout-report.md.
#                                 Settings: BENCHMARK_USERS (50), BENCHMARK_ROUNDS (4), BENCHMARK_SECONDS (5 per page
#                                 and round), BENCHMARK_WARMUP (20 s per page), BENCHMARK_PROFILE=1 records a Java Flight Recording of Payara's JVM into
#                                 web/target/benchmark/layout.jfr (read it with `jfr print --events jdk.ExecutionSample`).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
if [ "${1:-}" = layout ]; then
    jvm_options=""
    if [ -n "${BENCHMARK_PROFILE:-}" ]; then
        jvm_options="-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=$repo/web/target/benchmark/layout.jfr"
    fi
    ./mvnw -B -ntp -Playout-benchmark verify -pl web -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
        -Dejb.skipITs=true -Dit.test=LayoutCostBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
        -Dbenchmark.users="${BENCHMARK_USERS:-50}" -Dbenchmark.rounds="${BENCHMARK_ROUNDS:-4}" \
        -Dbenchmark.seconds="${BENCHMARK_SECONDS:-5}" -Dbenchmark.warmUpSeconds="${BENCHMARK_WARMUP:-20}" \
        -Dpayara.jvmOptions="$jvm_options"
    echo
    cat web/target/benchmark/layout-report.md
    exit
fi
jvm_options=""
if [ -n "${BENCHMARK_PROFILE:-}" ]; then
    jvm_options="-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=$repo/web/target/benchmark/portal.jfr"
fi
./mvnw -B -ntp -Pbenchmark verify -pl web -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dejb.skipITs=true -Dit.test=PortalBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dbenchmark.users="${BENCHMARK_USERS:-50}" -Dbenchmark.seconds="${BENCHMARK_SECONDS:-30}" \
    -Dpayara.jvmOptions="$jvm_options" -Dbenchmark.only="${BENCHMARK_ONLY:-.*}"
echo
cat web/target/benchmark/report.md
