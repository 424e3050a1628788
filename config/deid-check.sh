#!/usr/bin/env bash
# The learning log's de-identification check (issue 12), for hospitals' privacy officers to try on their own examples.
#
#   config/deid-check.sh FILE        one text per line of FILE
#   config/deid-check.sh - < FILE    the same from standard input (also with no argument at all)
#
# Prints one line per input line, in order: OK, or BLOCK, a tab and the reasons joined by "; ". Reads and writes
# UTF-8. It runs the portal's own DeidentificationGuard from the EJB module's jar with nothing else on the class path,
# and builds that jar first when it is missing or older than the module's sources (offline if it can, else from
# Maven Central). Needs Java 17.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
main=org.externship.portal.learninglog.control.DeidentificationCheck

ejb_jar() {
    local jar
    for jar in "$repo"/ejb/target/portal-ejb-*.jar; do
        case "$jar" in
            *-sources.jar|*-tests.jar|*-client.jar) ;;
            *) if [ -f "$jar" ]; then echo "$jar"; return 0; fi ;;
        esac
    done
    return 0  # none: the caller builds it
}

jar="$(ejb_jar)"
if [ -z "$jar" ] || [ -n "$(find "$repo/ejb/src/main" -newer "$jar" -print -quit)" ]; then
    echo "deid-check: building the EJB module's jar first ..." >&2
    # the build must neither read the texts waiting on standard input nor write to standard output
    (cd "$repo" && { ./mvnw -o -q -B -pl ejb package -DskipTests || ./mvnw -q -B -pl ejb package -DskipTests; }) \
        </dev/null >&2
    jar="$(ejb_jar)"
    [ -n "$jar" ] || { echo "deid-check: no EJB jar in $repo/ejb/target after the build" >&2; exit 1; }
fi

exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$jar" "$main" "$@"
