import { randomUUID } from "node:crypto";

/**
 * The write side of the fake SIASN (shared/siasn.md, "Writing results back"): the three save
 * endpoints validate their body's shape, answer `mapData` with the riwayat id, update by `id`,
 * and keep every post so tests can read back what was sent.
 */
export type FakeTulisPath = "/kinerjaperiodik/save" | "/skp22/save" | "/angkakredit/save";

export type FakeKiriman = { path: FakeTulisPath; body: Record<string, unknown>; id: string | null; message: string };

const PENILAI = ["penilaiNama", "penilaiNipNrp", "statusPenilai"];
const NILAI = ["hasilKinerjaNilai", "perilakuKerjaNilai", "kuadranKinerjaNilai"];
const BULAN = ["bulanMulaiPenilaian", "bulanSelesaiPenilaian", "tahunMulaiPenilaian", "tahunSelesaiPenilaian"];

const WAJIB: Record<FakeTulisPath, string[]> = {
  "/kinerjaperiodik/save": ["pnsDinilaiId", "tahun", ...BULAN, "periodikId", ...NILAI, ...PENILAI],
  "/skp22/save": ["pnsDinilaiId", "tahun", ...NILAI, ...PENILAI],
  "/angkakredit/save": ["pnsId", "nomorSk", "tanggalSk", ...BULAN, "kreditUtamaBaru", "kreditBaruTotal", "isKonversi"],
};

export function isTulisPath(path: string): path is FakeTulisPath {
  return Object.hasOwn(WAJIB, path);
}

export type FakeTulisAnswer = { status: number; body: Record<string, unknown> };

export function createFakeTulis() {
  const riwayat = new Map<string, { path: FakeTulisPath; body: Record<string, unknown> }>();
  const kiriman: FakeKiriman[] = [];

  /** `rejectFields` are treated as missing, to force SIASN's validation answer. */
  function save(path: FakeTulisPath, raw: string, rejectFields: readonly string[]): FakeTulisAnswer {
    const body = parse(raw);
    const answer = answerFor(path, body, rejectFields);
    const id = answer.status === 200 ? String((answer.body.mapData as { id: string }).id) : null;
    kiriman.push({ path, body: body ?? {}, id, message: String(answer.body.message) });
    return answer;
  }

  function answerFor(path: FakeTulisPath, body: Record<string, unknown> | null, rejectFields: readonly string[]): FakeTulisAnswer {
    if (!body) return { status: 400, body: { success: false, code: 0, message: "Body must be JSON" } };
    const missing = WAJIB[path].filter((f) => rejectFields.includes(f) || body[f] === undefined || body[f] === null || body[f] === "");
    const wrong = path === "/angkakredit/save" ? wrongAngkaKredit(body) : [];
    if (missing.length > 0 || wrong.length > 0) {
      const message = [...missing.map((f) => `${capital(f)} is required`), ...wrong].join(", ");
      return { status: 400, body: { success: false, code: 0, message } };
    }
    const given = typeof body.id === "string" ? body.id : "";
    if (given !== "" && riwayat.get(given)?.path !== path) {
      return { status: 400, body: { success: false, code: 0, message: `Data dengan id ${given} tidak ditemukan` } };
    }
    const id = given || randomUUID();
    riwayat.set(id, { path, body });
    return { status: 200, body: { success: true, code: 1, message: given ? "Data berhasil diubah" : "Data berhasil disimpan", mapData: { id } } };
  }

  return {
    save,
    /** Every post, accepted or not, in order. */
    kiriman: () => kiriman.map((k) => ({ ...k, body: { ...k.body } })),
    /** What SIASN holds now for one riwayat id. */
    riwayat: (id: string) => riwayat.get(id)?.body ?? null,
    /** The riwayat saved through `path` for one PNS GUID, as the rw-* reads list them (with `id`). */
    daftar: (path: FakeTulisPath, pnsId: string) =>
      [...riwayat.entries()]
        .filter(([, r]) => r.path === path && (r.body.pnsDinilaiId ?? r.body.pnsId) === pnsId)
        .map(([id, r]) => ({ ...r.body, id })),
  };
}

/** angkakredit takes strings throughout, dates as dd-mm-yyyy and decimals as text. */
function wrongAngkaKredit(body: Record<string, unknown>): string[] {
  const wrong = Object.entries(body)
    .filter(([, v]) => v !== null && typeof v !== "string")
    .map(([k]) => `${capital(k)} must be a string`);
  if (typeof body.tanggalSk === "string" && body.tanggalSk !== "" && !/^\d{2}-\d{2}-\d{4}$/.test(body.tanggalSk)) {
    wrong.push("TanggalSk must be dd-mm-yyyy");
  }
  if (!["0", "1"].includes(String(body.isKonversi ?? "0"))) wrong.push("IsKonversi must be 0 or 1");
  return wrong;
}

function parse(raw: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function capital(field: string): string {
  return field.charAt(0).toUpperCase() + field.slice(1);
}
