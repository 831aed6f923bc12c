import fc from "fast-check";
import { beforeAll, expect, test } from "vitest";
import { changedTables, databaseFingerprint } from "./helpers/fingerprint";
import { applyMutation, hostileFormData, hostileMutations, type Mutation } from "./helpers/hostile-input";
import { listServerActions, type ServerAction } from "./helpers/server-actions";
import { actAs } from "./helpers/session";
import { FORM_DATA_ACTIONS, fuzzSamples, prepareFuzzSamples, type FuzzActor } from "./action-fuzz-samples";
import { buildPelaksanaanOrg, type PelaksanaanOrg } from "./pelaksanaan-fixtures";

// Per action; about 60 actions × 80 inputs take about 45 s on two cores (FUZZ_RUNS overrides it).
const RUNS_PER_ACTION = Number(process.env.FUZZ_RUNS ?? 80);
const GENERIC_SERVER_ERROR = "Terjadi kesalahan pada server";
// zod's English defaults ("Invalid input: expected string", "Invalid GUID", "Too big: …").
const ENGLISH_ZOD_DEFAULT = /"(Invalid|Too big|Too small|Unrecognized key)/;

let org: PelaksanaanOrg;
beforeAll(async () => {
  org = await buildPelaksanaanOrg();
  await prepareFuzzSamples(org);
});

test("every server action answers hostile input with ok, a field message or a refusal, never a server error, and a refusal writes nothing", async () => {
  const actions = await listServerActions();
  const samples = fuzzSamples(org);
  const actorIds: Record<Exclude<FuzzActor, null>, string> = {
    staff: org.staff.id,
    atasan: org.atasan.id,
    kabid: org.kabid.id,
    admin: org.admin.id,
    tanpaAtasan: org.tanpaAtasan.id,
  };
  const failures: string[] = [];
  let inputs = 0;
  const accepted = new Map<string, number>();
  let fingerprint: Awaited<ReturnType<typeof databaseFingerprint>> = {};

  for (const { file, name, action } of actions) {
    // An action without a sample (new, say) is still fuzzed, by a signed-in pegawai, with anything.
    const sample = samples[name];
    const actor = sample ? sample.actor : "staff";
    await actAs(actor ? actorIds[actor] : null);
    // Signing in writes the session row; only what the action itself writes counts.
    fingerprint = await databaseFingerprint();
    const arbitrary: fc.Arbitrary<Mutation> = FORM_DATA_ACTIONS.has(name)
      ? hostileFormData.map((value) => ({ kind: "whole", value }))
      : hostileMutations(sample ? await sample.input() : undefined);
    const details = await fc.check(
      fc.asyncProperty(arbitrary, async (mutation) => {
        inputs += 1;
        const input = applyMutation(sample ? await sample.input() : undefined, mutation);
        const problem = await problemWith(action, input);
        const after = await databaseFingerprint();
        const wrote = changedTables(fingerprint, after).length > 0;
        fingerprint = after;
        if (problem) throw new Error(problem);
        if (wrote && refused(lastResult)) throw new Error(`refused but wrote: ${JSON.stringify(lastResult)}`);
        if (!refused(lastResult)) accepted.set(name, (accepted.get(name) ?? 0) + 1);
      }),
      { numRuns: RUNS_PER_ACTION, endOnFailure: true },
    );
    if (details.failed) {
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      failures.push(`${file}#${name}: ${cause}\n  input: ${describe(details.counterexample?.[0])}\n  seed: ${details.seed}`);
    }
  }

  if (process.env.FUZZ_VERBOSE) console.log(Object.fromEntries(accepted));
  console.log(`fuzz aksi: ${actions.length} aksi, ${inputs} masukan, ${failures.length} galat server`);
  expect(failures).toEqual([]);
}, 240_000);

let lastResult: unknown;

/** What is wrong with the action's answer to `input`, or null when it is a proper answer. */
async function problemWith(action: ServerAction["action"], input: unknown): Promise<string | null> {
  try {
    lastResult = await action(input);
  } catch (error) {
    lastResult = undefined;
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 500);
  }
  const text = JSON.stringify(lastResult) ?? "";
  if (text.includes(GENERIC_SERVER_ERROR)) return `generic server error: ${text.slice(0, 300)}`;
  if (!isRecord(lastResult)) return `not a result object: ${text.slice(0, 300)}`;
  if (lastResult.ok === false && !lastResult.message && !lastResult.fieldErrors) return `refusal without a message: ${text}`;
  if (ENGLISH_ZOD_DEFAULT.test(text)) return `zod message in English: ${text.slice(0, 300)}`;
  return null;
}

/** A counterexample short enough to read: huge strings are cut. */
function describe(mutation: Mutation | undefined): string {
  if (!mutation) return "-";
  const value = "value" in mutation ? mutation.value : undefined;
  const where = mutation.kind === "whole" ? "whole input" : `${mutation.kind} ${mutation.key}`;
  return `${where}: ${shown(value)}`;
}

function shown(value: unknown): string {
  const text = value instanceof FormData ? `FormData ${JSON.stringify([...value.entries()].map(([k, v]) => [k, typeof v === "string" ? v : `File ${v.name} (${v.size} B)`]))}` : fc.stringify(value);
  return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} characters)` : text;
}

function refused(result: unknown): boolean {
  return isRecord(result) && (result.ok === false || result.valid === false);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
