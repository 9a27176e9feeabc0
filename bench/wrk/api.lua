-- POST /api/v1/recommendations: the stateless JSON API with the README's example answers.
local report = dofile("report.lua")
setup = report.setup
init = report.init
done = report.done

wrk.method = "POST"
wrk.path = "/api/v1/recommendations"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Language"] = "en"
wrk.body = '{"goal":"CHRONIC_PAIN","lifestyle":"DESK_WORKER","massageType":"NOT_SURE","painLevel":6,'
	.. '"painDuration":"CHRONIC","conditions":["HERNIATED_DISC"],"signs":["POOR_SLEEP","HIGH_STRESS"],'
	.. '"soreAfterLastMassage":false,"sessionPrice":80,"monthlyBudget":250}'

function response(status, headers, body)
	report.count(status)
end
