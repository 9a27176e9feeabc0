-- Shared by the wrk scripts: counts response statuses per thread and prints one line
--   RESULT <name> rps=<requests/s> p50=<ms> p90=<ms> p99=<ms> max=<ms> requests=<n> statuses=<code:n,...> errors=<n>
-- for the shell scripts to collect (docs/performance.md).
local report = {}
local threads = {}

function report.setup(thread)
	table.insert(threads, thread)
end

function report.init()
	statuses = {}
end

function report.count(status)
	statuses[status] = (statuses[status] or 0) + 1
end

function report.done(summary, latency, requests)
	local counts = {}
	for _, thread in ipairs(threads) do
		for code, n in pairs(thread:get("statuses")) do
			counts[code] = (counts[code] or 0) + n
		end
	end
	local codes = {}
	for code, n in pairs(counts) do
		table.insert(codes, code .. ":" .. n)
	end
	table.sort(codes)
	local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
	local seconds = summary.duration / 1e6
	io.write(string.format(
		"RESULT %s rps=%.0f p50=%.2f p90=%.2f p99=%.2f max=%.2f requests=%d statuses=%s errors=%d\n",
		os.getenv("BENCH_NAME") or "run", summary.requests / seconds, latency:percentile(50) / 1000,
		latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
		table.concat(codes, ","), errors))
end

return report
