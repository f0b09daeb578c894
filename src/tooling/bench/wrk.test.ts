// Reading wrk's report (src/tooling/bench/wrk.ts): the figures the public-pages benchmark prints.
import { describe, expect, it } from "vitest";
import { parseWrk, wrkMs } from "./wrk";

const report = `Running 15s test @ http://127.0.0.1:3170/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     9.10ms   12.01ms 210.11ms   91.02%
    Req/Sec     0.93k   201.20     1.40k    70.33%
  Latency Distribution
     50%  812.00us
     75%    9.10ms
     90%   20.02ms
     99%    1.20s
  27846 requests in 15.03s, 1.02GB read
  Socket errors: connect 0, read 1, write 0, timeout 3
  Non-2xx or 3xx responses: 5
Requests/sec:   1852.71
Transfer/sec:     69.56MB
`;

describe("wrk's report", () => {
  it("gives requests per second, count, p50 and p99 in ms, non-2xx and socket errors", () => {
    expect(parseWrk(report)).toEqual({
      requestsPerSecond: 1853,
      requests: 27846,
      latencyP50Ms: 0.81,
      latencyP99Ms: 1200,
      non2xx: 5,
      errors: 4,
    });
  });

  it("reads a clean run (no error lines) as zero errors", () => {
    const clean = report.replace(/ {2}Socket errors.*\n {2}Non-2xx.*\n/, "");
    expect(parseWrk(clean)).toMatchObject({ non2xx: 0, errors: 0 });
  });

  it("refuses a report without its figures, and an unknown unit", () => {
    expect(() => parseWrk("unable to connect to 127.0.0.1:3170 Connection refused")).toThrow(/lacks/);
    expect(() => wrkMs("1", "h")).toThrow(/unknown unit/);
    expect(wrkMs("2.5", "s")).toBe(2500);
  });
});
