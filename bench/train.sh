#!/usr/bin/env bash
# train.sh BASE_URL: what a first visitor asks of a freshly started application, for the
# training run of a class cache (bench/startup.sh, README "Configuration"): the start page,
# the questionnaire in both languages, a submission and its result page, the sheet, the API,
# the log-in page and the health check. Three rounds, so that the code they run is warm.
set -euo pipefail
BASE="${1:?usage: train.sh BASE_URL}"
jar="$(mktemp)"
page="$(mktemp)"
trap 'rm -f "$jar" "$page"' EXIT
for round in 1 2 3; do
	curl -fs -o /dev/null "$BASE/"
	curl -fs -o /dev/null -b "$jar" -c "$jar" "$BASE/assessments/new?lang=fr"
	curl -fs -o "$page" -b "$jar" -c "$jar" "$BASE/assessments/new?lang=en"
	token="$(grep -o 'name="_csrf" value="[^"]*"' "$page" | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/')"
	result="$(curl -fs -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" \
		--data-urlencode "clientName=Training Run $round" --data-urlencode "goal=CHRONIC_PAIN" \
		--data-urlencode "lifestyle=DESK_WORKER" --data-urlencode "massageType=NOT_SURE" \
		--data-urlencode "painLevel=6" --data-urlencode "painDuration=CHRONIC" \
		--data-urlencode "signs=POOR_SLEEP" --data-urlencode "sessionPrice=80" \
		--data-urlencode "consent=true" --data-urlencode "_csrf=$token" "$BASE/assessments")"
	if [ -n "$result" ]; then
		curl -fs -o /dev/null -b "$jar" "$result"
		curl -fs -o /dev/null -b "$jar" "$result/sheet" || true
	fi
	curl -fs -o /dev/null -H 'Content-Type: application/json' \
		-d '{"goal":"CHRONIC_PAIN","lifestyle":"DESK_WORKER","massageType":"NOT_SURE","painLevel":6,"painDuration":"CHRONIC"}' \
		"$BASE/api/v1/recommendations"
	curl -fs -o /dev/null "$BASE/login"
	curl -fs -o /dev/null "$BASE/actuator/health"
done
