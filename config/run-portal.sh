#!/usr/bin/env bash
# Starts the whole Externship Portal on this machine: Keycloak (the production realm plus the demo layer of
# config/keycloak/demo: demo users and hospitals), a local mail sink with an inbox to read in the browser (MailDev
# from the npm registry when Node.js is on the machine, else GreenMail's JSON API), and Payara Micro with the portal
# on the embedded database, kept on disk, with the demo data. Everything listens on this machine only, and the data
# folder is readable by its owner only. Needs only Java 17 and network access to Maven Central (and the npm registry
# for the readable inbox). Ctrl-C stops everything.
#
# Settings (environment variables):
#   PORTAL_HTTP_PORT     portal port                              (8080)
#   KEYCLOAK_HTTP_PORT   Keycloak port                            (8180)
#   MAIL_SMTP_PORT       mail sink SMTP port                      (2525)
#   MAIL_WEB_PORT        mail sink inbox in the browser           (8025)
#   PORTAL_OPERATOR_PORT health and metrics, on 127.0.0.1 only    (8081)
#   PORTAL_BASE_URL      the address users reach                  (http://localhost:$PORTAL_HTTP_PORT)
#                        behind an HTTPS proxy give https://...: the session cookie becomes Secure and every answer
#                        carries Strict-Transport-Security (the proxy forwards to PORTAL_HTTP_PORT)
#   PORTAL_DATA_DIR      where the database, Keycloak and secrets live   (~/.externship-portal)
#   PORTAL_BIND_ADDRESS  the address the portal listens on        (127.0.0.1; 0.0.0.0 opens the demo to the network)
#   PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD   run on PostgreSQL instead of the embedded database
# Options:  --reset   forget all data (database, Keycloak realm, secrets) before starting
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
portal_port=${PORTAL_HTTP_PORT:-8080}
keycloak_port=${KEYCLOAK_HTTP_PORT:-8180}
smtp_port=${MAIL_SMTP_PORT:-2525}
mail_web_port=${MAIL_WEB_PORT:-8025}
operator_port=${PORTAL_OPERATOR_PORT:-8081}
base_url=${PORTAL_BASE_URL:-http://localhost:$portal_port}
data=${PORTAL_DATA_DIR:-$HOME/.externship-portal}
bind_address=${PORTAL_BIND_ADDRESS:-127.0.0.1}
version_of() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$repo/pom.xml" | head -n 1; }
payara_version=$(version_of payara.version)
keycloak_version=$(version_of keycloak.version)
greenmail_version=$(version_of greenmail.version)
maildev_version=2.2.1   # the inbox in the browser (npm); 3.0.0 served no web page here

say() { printf '\033[1;36m[portal]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[portal]\033[0m %s\n' "$*" >&2; exit 1; }

if [[ "${1:-}" == "--reset" ]]; then
    say "Forgetting everything in $data"
    rm -rf "$data"
fi

command -v java >/dev/null || fail "Java 17 is needed (java not found on PATH)."
for spec in "portal:$portal_port:PORTAL_HTTP_PORT" "Keycloak:$keycloak_port:KEYCLOAK_HTTP_PORT" \
            "mail sink:$smtp_port:MAIL_SMTP_PORT" "mail web:$mail_web_port:MAIL_WEB_PORT" \
            "operators:$operator_port:PORTAL_OPERATOR_PORT"; do
    IFS=: read -r what port var <<<"$spec"
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        fail "Port $port ($what) is already in use. Stop what uses it, or choose another port: $var=<port> $0"
    fi
done

# Everything this script and the servers it starts create (database, passport scans, Keycloak's database, secrets,
# logs) is for this user only.
umask 077
mkdir -p "$data"
chmod 700 "$data"
mkdir -p "$data/downloads" "$data/logs"
started=$(date +%s)

say "Building the portal and fetching Payara Micro $payara_version and Keycloak $keycloak_version (Maven Central)"
(cd "$repo" && ./mvnw -q -B package -pl web -am >"$data/logs/build.log" 2>&1) \
    || fail "The build failed; see $data/logs/build.log"
fetch() { # groupId:artifactId:version[:type]
    (cd "$repo" && ./mvnw -q -B -N dependency:copy -Dartifact="$1" \
        -DoutputDirectory="$data/downloads" >>"$data/logs/build.log" 2>&1) \
        || fail "Could not fetch $1 from Maven Central; see $data/logs/build.log"
}
payara_jar="$data/downloads/payara-micro-$payara_version.jar"
greenmail_jar="$data/downloads/greenmail-standalone-$greenmail_version.jar"
[[ -f "$payara_jar" ]] || fetch "fish.payara.extras:payara-micro:$payara_version"
[[ -f "$data/downloads/keycloak-quarkus-dist-$keycloak_version.zip" || -d "$data/keycloak-$keycloak_version" ]] \
    || fetch "org.keycloak:keycloak-quarkus-dist:$keycloak_version:zip"
# The mail sink: MailDev shows an inbox a person can read (HTML and text); without Node.js, GreenMail (JSON only).
maildev="$data/downloads/maildev-$maildev_version/node_modules/maildev/bin/maildev"
if command -v npm >/dev/null && command -v node >/dev/null; then
    if [[ ! -f "$maildev" ]]; then
        say "Fetching MailDev $maildev_version (npm registry)"
        npm install --no-audit --no-fund --prefix "$data/downloads/maildev-$maildev_version" \
            "maildev@$maildev_version" >>"$data/logs/build.log" 2>&1 \
            || fail "Could not fetch MailDev from the npm registry; see $data/logs/build.log"
    fi
else
    maildev=""
    [[ -f "$greenmail_jar" ]] || fetch "com.icegreen:greenmail-standalone:$greenmail_version"
fi

# Secrets are made on this machine at the first start and never leave the data folder.
if [[ ! -f "$data/secrets.env" ]]; then
    {
        echo "PORTAL_OIDC_SECRET=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
        echo "PORTAL_ADMIN_CLIENT_SECRET=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
        echo "KC_BOOTSTRAP_ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
    } >"$data/secrets.env"
fi
set -a
# shellcheck disable=SC1091
source "$data/secrets.env"
set +a

keycloak_home="$data/keycloak-$keycloak_version"
if [[ ! -d "$keycloak_home" ]]; then
    say "Unpacking Keycloak into $keycloak_home"
    (cd "$data" && jar xf "downloads/keycloak-quarkus-dist-$keycloak_version.zip")
    chmod +x "$keycloak_home"/bin/*.sh
fi
# The realm Keycloak imports at its first start: the production realm plus the demo layer (users, hospitals).
mkdir -p "$keycloak_home/data/import"
jackson=$(printf '%s:' "$keycloak_home"/lib/lib/main/com.fasterxml.jackson.core.jackson-*.jar)
java -cp "$jackson" "$repo/config/keycloak/demo/AddDemoLayer.java" \
    "$repo/config/keycloak/externship-portal-realm.json" "$repo/config/keycloak/demo/externship-portal-demo.json" \
    "$keycloak_home/data/import/externship-portal-realm.json" >>"$data/logs/build.log" 2>&1 \
    || fail "Could not add the demo layer to the realm; see $data/logs/build.log"
# The portal's look on Keycloak's pages and e-mails (the realm names the theme); fresh at every start.
rm -rf "$keycloak_home/themes/externship-portal"
cp -R "$repo/config/keycloak/themes/externship-portal" "$keycloak_home/themes/"

pids=()
stop_all() {
    trap - INT TERM EXIT
    if ((${#pids[@]})); then
        say "Stopping the portal, Keycloak and the mail sink"
        kill "${pids[@]}" 2>/dev/null || true
        wait "${pids[@]}" 2>/dev/null || true
    fi
    say "Stopped."
}
trap stop_all EXIT
trap 'stop_all; exit 130' INT TERM

wait_for() { # url, seconds, what, pid
    local deadline=$(( $(date +%s) + $2 ))
    until curl -fsS -o /dev/null "$1" 2>/dev/null; do
        kill -0 "$4" 2>/dev/null || fail "$3 stopped while starting; see its log in $data/logs"
        (( $(date +%s) < deadline )) || fail "$3 did not start within $2 s; see its log in $data/logs"
        sleep 1
    done
}

say "Starting the mail sink (SMTP 127.0.0.1:$smtp_port, inbox http://localhost:$mail_web_port/)"
if [[ -n "$maildev" ]]; then
    mkdir -p "$data/mail"
    node "$maildev" --smtp "$smtp_port" --ip 127.0.0.1 --web "$mail_web_port" --web-ip 127.0.0.1 \
        --mail-directory "$data/mail" >"$data/logs/mail.log" 2>&1 &
    mail_inbox="http://localhost:$mail_web_port/  (MailDev: every e-mail the portal and Keycloak sent)"
else
    java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" \
         -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$mail_web_port" -Dgreenmail.auth.disabled \
         -jar "$greenmail_jar" >"$data/logs/mail.log" 2>&1 &
    mail_inbox="http://localhost:$mail_web_port/  (GreenMail: an API only; with Node.js and npm the run script starts MailDev, an inbox to read)"
fi
pids+=($!)

keycloak_started=$(date +%s)
say "Starting Keycloak on http://localhost:$keycloak_port (the first start builds it: about a minute)"
PORTAL_BASE_URL="$base_url" PORTAL_SMTP_HOST=127.0.0.1 PORTAL_SMTP_PORT="$smtp_port" \
KC_BOOTSTRAP_ADMIN_USERNAME=admin \
    "$keycloak_home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$keycloak_port" \
    --http-management-port=$((keycloak_port + 1000)) --import-realm >"$data/logs/keycloak.log" 2>&1 &
keycloak_pid=$!
pids+=("$keycloak_pid")
payara_started=$(date +%s)
say "Starting the portal on Payara Micro on $bind_address (at the same time)"
PORTAL_DATA_DIR="$data" PORTAL_DEMO_DATA=true PORTAL_BASE_URL="$base_url" \
PORTAL_KEYCLOAK_URL="http://localhost:$keycloak_port" PORTAL_SMTP_HOST=127.0.0.1 PORTAL_SMTP_PORT="$smtp_port" \
PORTAL_OPERATOR_PORT="$operator_port" PORTAL_WAR="$repo/web/target/portal.war" PORTAL_BIND_ADDRESS="$bind_address" \
    java -jar "$payara_jar" --nocluster --port "$portal_port" --rootDir "$data/payara" \
    --prebootcommandfile "$repo/config/payara/pre-boot-commands.asadmin" \
    --postbootcommandfile "$repo/config/payara/post-boot-commands.asadmin" >"$data/logs/payara.log" 2>&1 &
payara_pid=$!
pids+=("$payara_pid")
wait_for "http://127.0.0.1:$keycloak_port/realms/externship-portal/.well-known/openid-configuration" 300 Keycloak "$keycloak_pid"
say "Keycloak ready in $(( $(date +%s) - keycloak_started )) s"

case "$bind_address" in 0.0.0.0 | "::") portal_host=127.0.0.1 ;; *) portal_host=$bind_address ;; esac
wait_for "http://$portal_host:$portal_port/" 300 "Payara Micro" "$payara_pid"
say "Portal ready in $(( $(date +%s) - payara_started )) s"

cat <<INFO

  Externship Portal is ready ($(( $(date +%s) - started )) s in all, build included):   $base_url/

  Demo logins (password: demo)
    platform admin   admin
    St. Mary's       carla (coordinator), adams, baker (attendings)
    Riverside        rita (coordinator), chen, diaz (attendings)
    students         sam, priya, omar

  Keycloak admin     http://localhost:$keycloak_port/admin/  (admin / KC_BOOTSTRAP_ADMIN_PASSWORD in $data/secrets.env)
  Mail sink          $mail_inbox
  Health, metrics    http://127.0.0.1:$operator_port/health  and  /metrics  (this machine only)
  Data and logs      $data

  Press Ctrl-C to stop.
INFO
wait -n "${pids[@]}" || true
fail "A server stopped unexpectedly; see the logs in $data/logs"
