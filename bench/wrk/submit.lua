-- The questionnaire with persistence: GET /assessments/new once for the XSRF-TOKEN cookie and
-- the hidden _csrf field, then POST /assessments again and again with them; a stored
-- submission answers 302 (post, redirect, get). The CSRF token is bound to its cookie, not
-- to a connection or a session, so one fetch per wrk thread serves all its connections;
-- the connections that open before the token arrives fetch the form too (counted as 200).
-- Anything but 200 (a form fetch) and 302 (a stored assessment) is a failure.
local report = dofile("report.lua")
setup = report.setup
done = report.done

local cookie = nil
local token = nil
local fetch = nil
local post = nil
local counter = 0

-- PACE_MS: each connection waits that long between its requests, for a steady rate instead of the
-- most the application can take (bench/row-size.sh LOAD=1)
local pace = tonumber(os.getenv("PACE_MS") or "")
if pace then
	function delay()
		return pace
	end
end

function init(args)
	report.init()
end

local function body()
	counter = counter + 1
	-- named after the run ("Bench submit 12"), so that the stored rows of a run can be counted
	return "clientName=Bench%20" .. (os.getenv("BENCH_NAME") or "run") .. "%20" .. counter .. "&email=&goal=CHRONIC_PAIN&lifestyle=DESK_WORKER"
		.. "&massageType=NOT_SURE&painLevel=6&painDuration=CHRONIC&conditions=HERNIATED_DISC"
		.. "&signs=POOR_SLEEP&signs=HIGH_STRESS&sessionPrice=80&monthlyBudget=250&consent=true"
		.. "&_csrf=" .. token
end

function request()
	if token == nil then
		-- made here, not when the script loads: wrk adds the Host header only after that
		fetch = fetch or wrk.format("GET", "/assessments/new", { ["Accept-Language"] = "en" })
		return fetch
	end
	return wrk.format("POST", "/assessments", {
		["Content-Type"] = "application/x-www-form-urlencoded",
		["Cookie"] = "XSRF-TOKEN=" .. cookie,
		["Accept-Language"] = "en",
	}, body())
end

function response(status, headers, body)
	report.count(status)
	if token == nil and status == 200 then
		local set = headers["Set-Cookie"] or ""
		local c = set:match("XSRF%-TOKEN=([^;]+)")
		local t = body:match('name="_csrf" value="([^"]+)"')
		if c and t then
			cookie = c
			token = t
		end
	end
end
