import fc from "fast-check";

/** What an attacker types or posts: the values that broke the app once, and their relatives. */
const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "teks\u0000tengah",
  "\u0007\u001b[31m\u007f\u0085",
  "baris\r\nbaru\tdan tab",
  "2026-02-30",
  "2026-13-01",
  "2026-12-32",
  "0000-00-00",
  "275760-09-14",
  "-1",
  "0",
  "1e308",
  "NaN",
  "Infinity",
  "-Infinity",
  "12345678901234567",
  "99999999999999999999,99",
  "1.000.000.000.000.000.000",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "------------------------------------",
  "__proto__",
  "constructor",
  "%_\\",
  "' OR '1'='1' --",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "\u202egnp.exe",
  "\ud800",
  "😀👍🏽",
  "ا".repeat(300),
];

const hugeString = fc.constantFrom("x".repeat(100_000), "😀".repeat(20_000), "\u0000".repeat(1_000));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: "binary" }) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: hugeString },
);

const hostileNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, 1e20, 0.1, -1),
  fc.double(),
  fc.integer(),
);

/** Objects that would pollute a prototype if they were merged carelessly. */
const pollutingObject = fc.constantFrom(
  JSON.parse('{"__proto__": {"isAdmin": true, "ok": true}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"isAdmin": true}}}') as unknown,
  Object.create(null) as unknown,
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, 10n ** 30n, new Date(NaN), new Date(8.64e15)) },
  { weight: 1, arbitrary: pollutingObject },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4, withBigInt: true, withDate: true, withNullPrototype: true, withMap: true, withSet: true }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
);

const PROTO_KEYS = ["__proto__", "constructor", "prototype", "isAdmin", "instansiId", "pegawaiId", "status"];

/**
 * How one input differs from an action's valid one: anything at all in its place, or one field
 * replaced, removed, or joined by a key the schema does not know. Applied to a valid input read
 * just before the call (see `applyMutation`), so ids and versions are current.
 */
export type Mutation =
  | { kind: "whole"; value: unknown }
  | { kind: "replace"; key: string; value: unknown }
  | { kind: "remove"; key: string }
  | { kind: "extra"; key: string; value: unknown };

export function hostileMutations(sample: unknown): fc.Arbitrary<Mutation> {
  const whole = hostileValue.map((value): Mutation => ({ kind: "whole", value }));
  if (sample === null || typeof sample !== "object" || Array.isArray(sample) || Object.keys(sample).length === 0) return whole;
  const key = fc.constantFrom(...Object.keys(sample));
  return fc.oneof(
    { weight: 2, arbitrary: whole },
    { weight: 5, arbitrary: fc.tuple(key, hostileValue).map(([k, value]): Mutation => ({ kind: "replace", key: k, value })) },
    { weight: 1, arbitrary: key.map((k): Mutation => ({ kind: "remove", key: k })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PROTO_KEYS), hostileValue).map(([k, value]): Mutation => ({ kind: "extra", key: k, value })) },
  );
}

export function applyMutation(sample: unknown, mutation: Mutation): unknown {
  if (mutation.kind === "whole") return mutation.value;
  const copy: Record<string, unknown> = { ...(sample as Record<string, unknown>) };
  if (mutation.kind === "remove") delete copy[mutation.key];
  // defineProperty, so that `__proto__` becomes an own key as JSON.parse would make it.
  else Object.defineProperty(copy, mutation.key, { value: mutation.value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const hostileFile = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }).map((bytes) => new File([Uint8Array.from(bytes)], "acak.csv", { type: "text/csv" })),
  fc
    .array(fc.array(hostileString.filter((s) => s.length < 2_000), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 })
    .map((rows) => {
      const csv = ["nip,nama,jenis_pegawai,jenis_jabatan,jabatan", ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(","))].join("\n");
      return new File([csv], "pegawai.csv", { type: "text/csv" });
    }),
  hostileString.map((name) => new File(["nip,nama\n"], `${name.slice(0, 300)}.xlsx`)),
  fc.constant(new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0])], "rusak.xlsx")),
);

/** For file uploads: a FormData with a random, malformed or missing "berkas", or no FormData at all. */
export const hostileFormData: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileFile.map((file) => formWith("berkas", file)) },
  { weight: 1, arbitrary: hostileString.map((text) => formWith("berkas", text)) },
  { weight: 1, arbitrary: hostileFile.map((file) => formWith("lain", file)) },
  { weight: 1, arbitrary: hostileValue },
);

function formWith(name: string, value: string | File): FormData {
  const form = new FormData();
  form.set(name, value);
  return form;
}
