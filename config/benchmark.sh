#!/usr/bin/env bash
# The benchmark of issue 3: the public search with filters and a coordinator's review queue against a trivial page
# of the same portal, under concurrent load, on PostgreSQL filled with 500 hospitals, 50,000 externships, 100,000
# students and 300,000 applications (generated once into the database portal_bench on 127.0.0.1:5432, trust auth).
# Report: web/target/benchmark/report.md. Settings: BENCHMARK_USERS (50), BENCHMARK_SECONDS (30 per page).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
./mvnw -B -ntp -Pbenchmark verify -pl web -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dejb.skipITs=true -Dit.test=PortalBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dbenchmark.users="${BENCHMARK_USERS:-50}" -Dbenchmark.seconds="${BENCHMARK_SECONDS:-30}"
echo
cat web/target/benchmark/report.md
