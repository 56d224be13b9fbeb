-- Budget B3: wrong passwords, as fast as wrk can send them, each for another address.
-- Arguments (after --): a form token and the form cookie it belongs to (one browser's).
-- Prints how the flood was answered; benches/run.sh reads the lines.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  token, cookie = args[1], args[2]
  sent, wrong, throttled, busy, other = 0, 0, 0, 0, 0
end

function request()
  sent = sent + 1
  local body = "csrf=" .. token .. "&email=attacker" .. sent .. "%40example.nl&password=not+the+password"
  return wrk.format("POST", "/sign-in", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["Sec-Fetch-Site"] = "same-origin",
  }, body)
end

function response(status, headers, body)
  if status == 400 then wrong = wrong + 1
  elseif status == 429 then throttled = throttled + 1
  elseif status == 503 then busy = busy + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local t = {wrong = 0, throttled = 0, busy = 0, other = 0}
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + thread:get(k) end
  end
  io.write(string.format("answers: %d %d %d %d\n", t.wrong, t.throttled, t.busy, t.other))
end
