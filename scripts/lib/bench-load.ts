/**
 * The load generator's own process: `node --import tsx scripts/lib/bench-load.ts <spec.json>`
 * runs autocannon against loopback with the requests in the spec, checks every answer and
 * prints one JSON line with the figures. A separate process keeps the generator's CPU out of
 * the parent's timers and makes the bound on its run time easy to enforce.
 */
import autocannon from "autocannon";
import { readFileSync } from "node:fs";

export type LoadRequest = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string };

export type LoadSpec = {
  baseUrl: string;
  connections: number;
  durationSec: number;
  /** Stop after this many requests: for journeys whose every request uses up a document. */
  amount?: number;
  /** Cycled in order across all connections. */
  requests: LoadRequest[];
  expect: { status: number; includes?: string; excludes?: string };
};

export type LoadResult = {
  requests: number;
  seconds: number;
  latenciesMs: { p50: number; p95: number; p99: number };
  /** Mean size of an answer, headers included: a page that grows with data shows here too. */
  meanKb: number;
  errors: number;
  errorSamples: string[];
};

async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  let next = 0;
  const latencies: number[] = [];
  let bytes = 0;
  const errorSamples: string[] = [];
  let errors = 0;
  const fail = (message: string) => {
    errors += 1;
    if (errorSamples.length < 3) errorSamples.push(message);
  };
  const options: autocannon.Options = {
    url: spec.baseUrl,
    connections: spec.connections,
    duration: spec.durationSec,
    amount: spec.amount,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const r = spec.requests[next++ % spec.requests.length] as LoadRequest;
          return { ...request, method: r.method, path: r.path, headers: r.headers, body: r.body };
        },
        onResponse: (status, body) => {
          if (status !== spec.expect.status) return fail(`HTTP ${status}: ${body.slice(0, 160)}`);
          if (spec.expect.includes && !body.includes(spec.expect.includes)) return fail(`tanpa "${spec.expect.includes}": ${body.slice(0, 160)}`);
          if (spec.expect.excludes && body.includes(spec.expect.excludes)) fail(`berisi "${spec.expect.excludes}": ${body.slice(0, 160)}`);
        },
      },
    ],
  };
  const { duration: seconds } = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on("response", (_client, _status, size, ms) => {
      latencies.push(ms);
      bytes += size;
    });
    instance.on("reqError", (error) => fail(error.message));
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds,
    latenciesMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) },
    meanKb: latencies.length > 0 ? Math.round(bytes / latencies.length / 102.4) / 10 : 0,
    errors,
    errorSamples,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

if (process.argv[1]?.endsWith("bench-load.ts")) {
  const spec = JSON.parse(readFileSync(process.argv[2] as string, "utf8")) as LoadSpec;
  runLoad(spec).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
