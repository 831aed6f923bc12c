import { queryMetricsEnabled, sqlStatementCount } from "@/lib/server/query-count";

// Evaluated per request: a load balancer asking "are you alive?" must not get a cached answer.
export const dynamic = "force-dynamic";

/**
 * Health check for load balancers and uptime monitors: answers without touching the database,
 * so it shows whether this app process serves requests. On a server started with
 * BENCH_METRICS=1, `npm run bench` reads the SQL tally from `?metrics=1`.
 */
export function GET(request: Request) {
  const wantsMetrics = new URL(request.url).searchParams.get("metrics") === "1";
  if (wantsMetrics && queryMetricsEnabled(process.env)) {
    return Response.json({ status: "ok", sqlStatements: sqlStatementCount() });
  }
  return Response.json({ status: "ok" });
}
