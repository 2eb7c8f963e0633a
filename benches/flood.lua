-- wrk script for benches/flood.sh: every request is a wrong-password login (password step)
-- carrying a valid session cookie and its CSRF token (FLOOD_COOKIE, FLOOD_TOKEN), so each
-- one reaches the password check. Counts the answers by status.
local cookie = os.getenv("FLOOD_COOKIE")
local token = os.getenv("FLOOD_TOKEN")
local user = os.getenv("FLOOD_USER") or "alice"

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "sessionid=" .. cookie
wrk.body = "csrfmiddlewaretoken=" .. token
  .. "&login_view-current_step=auth&auth-username=" .. user .. "&auth-password=wrong-password"

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
  end
  for status, n in pairs(total) do
    io.write(string.format("status %d: %d\n", status, n))
  end
end
