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

-- FLOOD_ADDRESSES (default 300): the requests come from that many client addresses, named
-- in X-Forwarded-For (the demo reads it with CLIENT_IP_HEADER=X-Forwarded-For), so the
-- per-address throttle does not simply refuse them all.
local addresses = tonumber(os.getenv("FLOOD_ADDRESSES") or "300")
local next_address = 0

local threads = {}
function setup(thread)
  thread:set("offset", #threads * 7919)
  table.insert(threads, thread)
end

function request()
  next_address = next_address + 1
  local n = (offset + next_address) % addresses
  -- wrk.format takes the headers as given (not merged with wrk.headers): copy them.
  local headers = {}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(n / 65536), math.floor(n / 256) % 256, n % 256)
  return wrk.format(nil, nil, headers)
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
