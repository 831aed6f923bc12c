import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/server/db";

/**
 * Failed sign-ins are counted per NIP and per client address in PostgreSQL, so every app
 * server sees the same counts. A count resets after WINDOW_MINUTES without a failure.
 * The policy is stated for users in README.md ("Keamanan masuk").
 */
export const LOGIN_POLICY = {
  windowMinutes: 15,
  lockMinutes: 15,
  delayAfterFailures: 3,
  delayPerFailureMs: 1000,
  maxDelayMs: 5000,
  nipLockAfter: 5,
  addressLockAfter: 20,
} as const;

export type LoginThrottleState = { lockedMinutes: number | null; delayMs: number };

export function nipKey(nip: string): string {
  return `nip:${nip.slice(0, 32)}`;
}

export function addressKey(address: string): string {
  return `ip:${address.slice(0, 64)}`;
}

/** The wait before this attempt may be checked, or how long the NIP/address is still locked. */
export async function getLoginThrottle(nip: string, address: string): Promise<LoginThrottleState> {
  const rows = await db.$queryRaw<Array<{ failures: number; lockedSeconds: number | null }>>`
    SELECT
      CASE WHEN ${STALE_SQL} THEN 0 ELSE "failures" END AS "failures",
      CEIL(EXTRACT(EPOCH FROM ("lockedUntil" - (now() AT TIME ZONE 'UTC'))))::int AS "lockedSeconds"
    FROM "LoginThrottle"
    WHERE "key" IN (${nipKey(nip)}, ${addressKey(address)})`;

  const lockedSeconds = Math.max(0, ...rows.map((r) => r.lockedSeconds ?? 0));
  if (lockedSeconds > 0) return { lockedMinutes: Math.ceil(lockedSeconds / 60), delayMs: 0 };

  const failures = Math.max(0, ...rows.map((r) => r.failures));
  return { lockedMinutes: null, delayMs: delayFor(failures) };
}

/**
 * Counts one failed attempt against both keys. Returns the lock length when this failure
 * reached a limit, so the user hears about the lock at once rather than on the next try.
 */
export async function recordLoginFailure(nip: string, address: string): Promise<number | null> {
  const nipFailures = await recordHit(nipKey(nip), LOGIN_POLICY.nipLockAfter);
  const addressFailures = await recordHit(addressKey(address), LOGIN_POLICY.addressLockAfter);
  const locked = nipFailures >= LOGIN_POLICY.nipLockAfter || addressFailures >= LOGIN_POLICY.addressLockAfter;
  return locked ? LOGIN_POLICY.lockMinutes : null;
}

/** After a successful sign-in or a password reset the owner of the NIP starts clean. */
export async function clearLoginFailures(nip: string, client: Pick<Tx, "loginThrottle"> = db): Promise<void> {
  await client.loginThrottle.deleteMany({ where: { key: nipKey(nip) } });
}

/**
 * One atomic upsert, so two servers counting the same key at once both land. Returns the
 * count inside the current window, this hit included. Also used to rate-limit reset requests.
 */
export async function recordHit(key: string, limit: number): Promise<number> {
  const rows = await db.$queryRaw<Array<{ failures: number }>>`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "lastFailure", "lockedUntil")
    VALUES (${key}, 1, (now() AT TIME ZONE 'UTC'), NULL)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN ${STALE_UPSERT_SQL} THEN 1 ELSE t."failures" + 1 END,
      "lastFailure" = EXCLUDED."lastFailure",
      "lockedUntil" = CASE
        WHEN (CASE WHEN ${STALE_UPSERT_SQL} THEN 1 ELSE t."failures" + 1 END) >= ${limit}
        THEN EXCLUDED."lastFailure" + make_interval(mins => ${LOGIN_POLICY.lockMinutes})
        ELSE NULL END
    RETURNING "failures"`;
  return rows[0]?.failures ?? 1;
}

function delayFor(failures: number): number {
  if (failures < LOGIN_POLICY.delayAfterFailures) return 0;
  return Math.min(failures * LOGIN_POLICY.delayPerFailureMs, LOGIN_POLICY.maxDelayMs);
}

// A count is stale once WINDOW_MINUTES pass without a failure, or once its lock has run out.
const STALE_SQL = Prisma.sql`("lastFailure" < (now() AT TIME ZONE 'UTC') - make_interval(mins => ${LOGIN_POLICY.windowMinutes})
  OR "lockedUntil" <= (now() AT TIME ZONE 'UTC'))`;

const STALE_UPSERT_SQL = Prisma.sql`(t."lastFailure" < EXCLUDED."lastFailure" - make_interval(mins => ${LOGIN_POLICY.windowMinutes})
  OR t."lockedUntil" <= EXCLUDED."lastFailure")`;
