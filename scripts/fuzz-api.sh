#!/usr/bin/env bash
# Fuzzes every operation of a running API with Schemathesis (PyPI), signed in as several roles in turn,
# and fails when any answer is a 5xx. Python 3 and the PyPI index are all it needs; the tool goes in a
# virtual environment outside the repository.
#
#   TDKT_PASSWORD=$(cat .data/demo-password) scripts/fuzz-api.sh            # against npm start's API
#   TDKT_API_URL=http://127.0.0.1:38200 TDKT_PASSWORD=… scripts/fuzz-api.sh 200
#
# Start the API with JWT_ACCESS_TTL_SECONDS=86400 so that tokens outlive a long run. The run creates
# dossiers, units and accounts: point it at a throwaway data folder (TDKT_DATA_DIR), never at real data.
# The administrator goes last: fuzzing it disables and revokes at random.
set -euo pipefail

API=${TDKT_API_URL:-http://127.0.0.1:3000}
PASSWORD=${TDKT_PASSWORD:?set TDKT_PASSWORD to the demo accounts password (.data/demo-password)}
EXAMPLES=${1:-50}
USERS=${TDKT_FUZZ_USERS:-demo.officer.thlg demo.reviewer.cm demo.secretary.cm demo.leader.cm demo.admin}
VENV=${TDKT_SCHEMATHESIS_VENV:-${TMPDIR:-/tmp}/tdkt-schemathesis}
REPORTS=${TDKT_FUZZ_REPORTS:-${TMPDIR:-/tmp}/tdkt-fuzz-reports}
VERSION=4.32.5

if [ ! -x "$VENV/bin/schemathesis" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "schemathesis==$VERSION"
fi
mkdir -p "$REPORTS"

# Everyone signs in first: fuzzing the log-in route soon meets its rate limit.
declare -A tokens
for user in $USERS; do
  tokens[$user]=$(curl --silent --fail -X POST "$API/api/v1/auth/login" -H 'content-type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"$PASSWORD\"}" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])')
done

failed=0
for user in $USERS; do
  echo "== $user"
  "$VENV/bin/schemathesis" run "$API/api/openapi.json" \
    --header "Authorization: Bearer ${tokens[$user]}" \
    --checks not_a_server_error \
    --max-examples "$EXAMPLES" \
    --workers 2 \
    --generation-allow-x00 true \
    --generation-database :memory: \
    --report junit --report-junit-path "$REPORTS/$user.xml" ||
    failed=1
done
exit $failed
