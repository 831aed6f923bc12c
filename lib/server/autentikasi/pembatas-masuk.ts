import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/server/db";

/**
 * Failed sign-ins are counted in PostgreSQL, so every app server sees the same counts, under
 * three keys: the NIP from one address (the lock a guesser meets), the address for any NIP, and
 * the NIP from all addresses together (a much higher ceiling against guessing from many
 * addresses). A count resets after WINDOW_MINUTES without a failure. The policy is stated for
 * users in README.md ("Keamanan masuk").
 */
export const LOGIN_POLICY = {
  windowMinutes: 15,
  lockMinutes: 15,
  delayAfterFailures: 3,
  delayPerFailureMs: 1000,
  maxDelayMs: 5000,
  nipAddressLockAfter: 5,
  addressLockAfter: 20,
  nipLockAfter: 50,
} as const;

/** May this attempt's password be checked; if so after how long, and whether it is the last try. */
export type LoginReservation =
  | { allowed: false; lockedMinutes: number }
  | { allowed: true; delayMs: number; lockedMinutesOnFailure: number | null };

export function nipKey(nip: string): string {
  return `nip:${nip.slice(0, 32)}`;
}

export function addressKey(address: string): string {
  return `ip:${address.slice(0, 64)}`;
}

export function nipAddressKey(nip: string, address: string): string {
  return `${nipAddressPrefix(nip)}${address.slice(0, 64)}`;
}

function nipAddressPrefix(nip: string): string {
  return `nip-ip:${nip.slice(0, 32)}|`;
}

/**
 * Counts this attempt as a failure before its password is checked, in one transaction that
 * holds the rows of its keys: of any number of attempts at once, only as many as the policy
 * allows get through, and an attempt on a locked key is refused without a check. A success
 * gives the count back (releaseLoginAttempt).
 */
export async function reserveLoginAttempt(nip: string, address: string): Promise<LoginReservation> {
  const keys = throttleKeys(nip, address);
  return db.$transaction(async (tx) => {
    // ON CONFLICT DO UPDATE creates the missing rows and row-locks them all (always in key
    // order, so two attempts never deadlock) until this transaction ends.
    const rows = await tx.$queryRaw<Array<{ key: string; failures: number; stale: boolean; lockedSeconds: number | null }>>`
      INSERT INTO "LoginThrottle" AS t ("key", "failures", "lastFailure", "lockedUntil")
      VALUES ${Prisma.join(keys.map((k) => Prisma.sql`(${k.key}, 0, ${NOW}, NULL)`))}
      ON CONFLICT ("key") DO UPDATE SET "key" = t."key"
      RETURNING "key", "failures", ${STALE_SQL} AS "stale",
        CEIL(EXTRACT(EPOCH FROM ("lockedUntil" - ${NOW})))::int AS "lockedSeconds"`;

    const lockedSeconds = Math.max(0, ...rows.map((r) => r.lockedSeconds ?? 0));
    if (lockedSeconds > 0) return { allowed: false, lockedMinutes: Math.ceil(lockedSeconds / 60) };

    const before = new Map(rows.map((r) => [r.key, r.stale ? 0 : r.failures]));
    const counted = keys.map((k) => ({ ...k, failures: (before.get(k.key) ?? 0) + 1 }));
    await tx.$executeRaw`
      UPDATE "LoginThrottle" AS t SET
        "failures" = v.failures,
        "lastFailure" = ${NOW},
        "lockedUntil" = CASE WHEN v.failures >= v.lim THEN ${NOW} + make_interval(mins => ${LOGIN_POLICY.lockMinutes}) ELSE NULL END
      FROM (VALUES ${Prisma.join(counted.map((k) => Prisma.sql`(${k.key}::text, ${k.failures}::int, ${k.limit}::int)`))}) AS v(key, failures, lim)
      WHERE t."key" = v.key`;

    const slowedBy = Math.max(before.get(nipAddressKey(nip, address)) ?? 0, before.get(addressKey(address)) ?? 0);
    const locks = counted.some((k) => k.failures >= k.limit);
    return { allowed: true, delayMs: delayFor(slowedBy), lockedMinutesOnFailure: locks ? LOGIN_POLICY.lockMinutes : null };
  }, { maxWait: 15_000, timeout: 15_000 });
}

/**
 * The right password: this address starts clean for the NIP, and the attempt no longer counts
 * against the address or the NIP as a whole (whose counts may also hold other people's guesses).
 */
export async function releaseLoginAttempt(nip: string, address: string, tx: Pick<Tx, "$executeRaw">): Promise<void> {
  const shared = throttleKeys(nip, address).filter((k) => k.key !== nipAddressKey(nip, address));
  await tx.$executeRaw`DELETE FROM "LoginThrottle" WHERE "key" = ${nipAddressKey(nip, address)}`;
  await tx.$executeRaw`
    UPDATE "LoginThrottle" AS t SET
      "failures" = t."failures" - 1,
      "lockedUntil" = CASE WHEN t."failures" - 1 >= v.lim THEN t."lockedUntil" ELSE NULL END
    FROM (VALUES ${Prisma.join(shared.map((k) => Prisma.sql`(${k.key}::text, ${k.limit}::int)`))}) AS v(key, lim)
    WHERE t."key" = v.key`;
  await tx.$executeRaw`DELETE FROM "LoginThrottle" WHERE "key" IN (${Prisma.join(shared.map((k) => k.key))}) AND "failures" <= 0`;
}

/** After a password reset the owner of the NIP starts clean, from every address. */
export async function clearLoginFailures(nip: string, client: Pick<Tx, "loginThrottle"> = db): Promise<void> {
  await client.loginThrottle.deleteMany({
    where: { OR: [{ key: nipKey(nip) }, { key: { startsWith: nipAddressPrefix(nip) } }] },
  });
}

/**
 * One atomic upsert, so two servers counting the same key at once both land. Returns the
 * count inside the current window, this hit included. Rate-limits password reset requests.
 */
export async function recordHit(key: string, limit: number): Promise<number> {
  const rows = await db.$queryRaw<Array<{ failures: number }>>`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "lastFailure", "lockedUntil")
    VALUES (${key}, 1, ${NOW}, NULL)
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

// Sorted, so every transaction locks the rows in the same order.
function throttleKeys(nip: string, address: string): Array<{ key: string; limit: number }> {
  return [
    { key: nipAddressKey(nip, address), limit: LOGIN_POLICY.nipAddressLockAfter },
    { key: addressKey(address), limit: LOGIN_POLICY.addressLockAfter },
    { key: nipKey(nip), limit: LOGIN_POLICY.nipLockAfter },
  ].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function delayFor(failures: number): number {
  if (failures < LOGIN_POLICY.delayAfterFailures) return 0;
  return Math.min(failures * LOGIN_POLICY.delayPerFailureMs, LOGIN_POLICY.maxDelayMs);
}

// Timestamps are stored as UTC without a zone, whatever the server's time zone. The clock, not
// the transaction's start: an attempt that waited for another's row lock must not see that
// one's lock as longer than LOCK_MINUTES.
const NOW = Prisma.sql`(clock_timestamp() AT TIME ZONE 'UTC')`;

// A count is stale once WINDOW_MINUTES pass without a failure, or once its lock has run out.
const STALE_SQL = Prisma.sql`("lastFailure" < ${NOW} - make_interval(mins => ${LOGIN_POLICY.windowMinutes})
  OR "lockedUntil" <= ${NOW})`;

const STALE_UPSERT_SQL = Prisma.sql`(t."lastFailure" < EXCLUDED."lastFailure" - make_interval(mins => ${LOGIN_POLICY.windowMinutes})
  OR t."lockedUntil" <= EXCLUDED."lastFailure")`;
