import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeSiasnEnv, startFakeSiasn, type FakeSiasn } from "@/scripts/lib/fake-siasn";
import { actAs } from "./helpers/session";
import { changedTables, databaseFingerprint } from "./helpers/fingerprint";
import { listServerActions, type ServerAction } from "./helpers/server-actions";
import { ACTION_ENTRIES, type Kind, type LegitActor } from "./authorization-matrix.entries";
import { buildMatrixWorld, emptyDatabase, NAMA_KORBAN, type MatrixWorld } from "./authorization-matrix.world";

/**
 * Every exported server action, run by every kind of attacker against the victim's objects:
 * each must be refused (or, for an action on one's own rows, touch only the attacker's own
 * rows), leave the database fingerprint unchanged and never return the victim's data. Then the
 * one who may do it runs the same input, which must succeed and change the database: so the
 * input was valid and a refusal was about authorization.
 */

// A queued sinkron job waits for a worker, and none runs here: only who may queue it matters.
// SIASN is configured (an empty fake), so the sinkron actions get as far as their authorization checks.
let siasn: FakeSiasn;
beforeAll(async () => {
  siasn = await startFakeSiasn({ data: { pns: {}, refUnor: [] } });
  Object.assign(process.env, fakeSiasnEnv(siasn.url), { SIASN_RETRIES: "0", SIASN_TIMEOUT_MS: "3000" });
});
afterAll(() => siasn.stop());

const ENTRIES_FILE = "tests/integration/authorization-matrix.entries.ts";

type Attacker = "tamu" | "pemilik" | "pegawaiLain" | "atasanLain" | "atasanKorban" | "bukanAdmin" | "adminInstansi" | "adminLain";

/**
 * The five kinds the issue names (no session, a pegawai on another's object, an atasan on a
 * non-bawahan, a non-admin on admin actions, the admin of another instansi), plus those closest
 * to the victim who still may not act for them: the victim on their own atasan's decision, the
 * victim's atasan on the victim's own entries, and the victim's own admin outside admin work.
 * Whoever is the entry's legit actor is left out.
 */
const ATTACKERS: Record<Kind, Attacker[]> = {
  "pegawai-own": ["tamu", "pegawaiLain", "atasanLain", "adminLain", "atasanKorban", "adminInstansi"],
  "any-signed-in": ["tamu", "pegawaiLain", "atasanLain", "adminLain"],
  public: ["tamu", "pegawaiLain", "atasanLain", "adminLain"],
  "atasan-of-bawahan": ["tamu", "pegawaiLain", "atasanLain", "adminLain", "pemilik", "atasanKorban", "adminInstansi"],
  admin: ["tamu", "pegawaiLain", "atasanLain", "bukanAdmin", "adminLain"],
};

function attackerOf(w: MatrixWorld, who: Attacker) {
  const people = {
    tamu: null,
    pemilik: w.korban,
    pegawaiLain: w.staffLain,
    atasanLain: w.atasanLain,
    atasanKorban: w.atasan,
    bukanAdmin: w.atasan,
    adminInstansi: w.admin,
    adminLain: w.adminLain,
  };
  return people[who];
}

function legitOf(w: MatrixWorld, who: LegitActor) {
  const people = { korban: w.korban, atasan: w.atasan, kabid: w.kabid, admin: w.admin, bawahanLain: w.bawahanLain, atasanLain: w.atasanLain };
  return people[who];
}

type Outcome = { result: unknown } | { thrown: unknown };

async function run(action: ServerAction, input: unknown): Promise<Outcome> {
  try {
    return { result: await action.action(input) };
  } catch (thrown) {
    return { thrown };
  }
}

const VALIDATION = "Periksa kembali isian yang ditandai.";

/** Why `outcome` is not a refusal, or null when it is one. */
function notARefusal(outcome: Outcome): string | null {
  if ("thrown" in outcome) {
    const digest = (outcome.thrown as { digest?: unknown })?.digest;
    if (typeof digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK)/.test(digest)) return null;
    return `threw ${String(outcome.thrown)}`;
  }
  const r = outcome.result as { ok?: unknown; message?: unknown } | undefined;
  if (r?.ok !== false) return `answered ${JSON.stringify(r)?.slice(0, 200)}`;
  if (typeof r.message !== "string" || r.message === "") return "refused without a message";
  if (r.message === VALIDATION) return `refused for validation, not authorization: ${JSON.stringify(r)}`;
  if (r.message.startsWith("Terjadi kesalahan pada server")) return `failed with a server error: ${r.message}`;
  return null;
}

describe("authorization matrix: server actions", () => {
  it("has an entry for every exported server action, and none for an action that is gone", async () => {
    const keys = (await listServerActions()).map((a) => `${a.file}#${a.name}`);
    const missing = keys.filter((k) => !(k in ACTION_ENTRIES));
    const stale = Object.keys(ACTION_ENTRIES).filter((k) => !keys.includes(k));
    expect(
      missing.map((k) => `Server action ${k} has no authorization-matrix entry: add one to ACTION_ENTRIES in ${ENTRIES_FILE}.`),
    ).toEqual([]);
    expect(stale.map((k) => `ACTION_ENTRIES in ${ENTRIES_FILE} names ${k}, which is no longer an exported server action.`)).toEqual([]);
  });

  it("refuses every attacker on every action, leaves the database unchanged, and lets the legit actor through", { timeout: 240_000 }, async () => {
    const actions = await listServerActions();
    const leaks: string[] = [];
    const badInputs: string[] = [];
    let combinations = 0;

    for (const action of actions) {
      const key = `${action.file}#${action.name}`;
      const entry = ACTION_ENTRIES[key];
      if (!entry) continue; // reported by the test above
      await emptyDatabase();
      const w = await buildMatrixWorld();

      const legit = typeof entry.legit === "string" ? legitOf(w, entry.legit) : null;
      const allowed = new Set([legit, ...(entry.alsoLegit ?? []).map((l) => legitOf(w, l))].map((p) => p?.id));
      for (const attacker of ATTACKERS[entry.kind]) {
        const actor = attackerOf(w, attacker);
        if (actor && allowed.has(actor.id)) continue;
        combinations += 1;
        await actAs(actor?.id ?? null);
        const own = entry.scope === "own" && actor ? [actor.id, actor.instansiId] : [];
        const before = await databaseFingerprint(own);
        const outcome = await run(action, entry.input(w));
        const changed = changedTables(before, await databaseFingerprint(own)).filter((t) => !entry.mayChange?.includes(t));

        const problems: string[] = [];
        const refusal = entry.kind === "public" || entry.scope === "own" ? null : notARefusal(outcome);
        if (refusal) problems.push(`not refused, ${refusal}`);
        if (changed.length > 0) problems.push(`changed ${changed.join(", ")}`);
        if (JSON.stringify("result" in outcome ? outcome.result : String(outcome.thrown))?.includes(NAMA_KORBAN)) {
          problems.push("the answer shows the victim's name");
        }
        if (problems.length > 0) leaks.push(`${key} as ${attacker}: ${problems.join("; ")}`);
      }

      if (!legit) continue;
      await actAs(legit.id);
      const before = await databaseFingerprint();
      const outcome = await run(action, entry.input(w));
      const changed = changedTables(before, await databaseFingerprint());
      if (!("result" in outcome) || (outcome.result as { ok?: unknown })?.ok !== true) {
        badInputs.push(`${key} as ${entry.legit}: ${JSON.stringify("result" in outcome ? outcome.result : String(outcome.thrown))}`);
      } else if (!entry.readOnly && changed.length === 0) {
        badInputs.push(`${key} as ${entry.legit}: succeeded but the database fingerprint did not change`);
      }
    }

    console.log(`authorization matrix (server actions): ${combinations} combinations, ${leaks.length} leaks`);
    expect(leaks, "attackers that got through").toEqual([]);
    expect(badInputs, `legit runs that failed: fix the input in ${ENTRIES_FILE}`).toEqual([]);
  });
});
