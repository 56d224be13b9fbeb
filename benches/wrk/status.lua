-- Counts answers other than 200, so a page that quietly redirects to the sign-in page (a
-- lost session) cannot pass for a fast signed-in page. benches/run.sh reads the last line.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_ok = 0
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("not_ok")
  end
  io.write(string.format("not-200: %d\n", total))
end
