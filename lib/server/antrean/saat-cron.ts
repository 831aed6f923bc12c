import "server-only";

/**
 * The moment a scheduled job stands for: graphile-worker puts the tick it was scheduled for in
 * `_cron.ts` (also when it backfills a tick missed while no worker ran), and a test or an e2e
 * can add the job with a chosen one. A job added without it runs for "now".
 */
export function saatCron(payload: unknown): Date {
  const ts = (payload as { _cron?: { ts?: unknown } } | null)?._cron?.ts;
  const saat = typeof ts === "string" ? new Date(ts) : null;
  return saat && !Number.isNaN(saat.getTime()) ? saat : new Date();
}
