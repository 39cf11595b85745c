-- wrk's --latency prints p50, p75, p90 and p99; the issue's search bar is a p95. Printed after
-- wrk's own report as "p95_us <microseconds>" (the benchmarks' awk reads it).
done = function(summary, latency, requests)
  io.write(string.format("p95_us %d\n", latency:percentile(95)))
end
