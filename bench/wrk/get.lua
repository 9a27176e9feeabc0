-- GET of the URL given to wrk (the health ceiling, the questionnaire page).
local report = dofile("report.lua")
setup = report.setup
init = report.init
done = report.done

function response(status, headers, body)
	report.count(status)
end
