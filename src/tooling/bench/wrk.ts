// wrk (/usr/bin/wrk, the HTTP load tool the issue names) for the benchmarks: run it and read its report.
import { execFile } from "node:child_process";

export interface Load {
  requestsPerSecond: number;
  requests: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
}

const WRK = "/usr/bin/wrk";

/** wrk's duration ("812.00us", "1.20ms", "2.01s") in milliseconds. */
export function wrkMs(value: string, unit: string): number {
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit];
  if (factor === undefined) throw new Error(`wrk printed an unknown unit ${unit}`);
  return Number((Number(value) * factor).toFixed(2));
}

/** The figures of wrk's report (`--latency`). */
export function parseWrk(output: string): Load {
  const number = (pattern: RegExp) => {
    const match = pattern.exec(output);
    if (!match) throw new Error(`wrk's report lacks ${pattern}:\n${output}`);
    return match;
  };
  const percentile = (p: number) => {
    const match = number(new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m"));
    return wrkMs(match[1]!, match[2]!);
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requestsPerSecond: Math.round(Number(number(/Requests\/sec:\s+([\d.]+)/)[1])),
    requests: Number(number(/(\d+) requests in /)[1]),
    latencyP50Ms: percentile(50),
    latencyP99Ms: percentile(99),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    errors: socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
  };
}

export function wrk(url: string, connections: number, seconds: number, headers: Record<string, string>): Promise<Load> {
  const args = ["-t2", `-c${connections}`, `-d${seconds}s`, "--latency"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  return new Promise((resolve, reject) =>
    execFile(WRK, [...args, url], (error, stdout) => (error ? reject(error) : resolve(parseWrk(stdout)))),
  );
}
