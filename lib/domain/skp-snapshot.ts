/**
 * The people printed on an SKP as they were when it was made or last moved: pegawai, pejabat
 * penilai and atasan pejabat penilai. Stored as JSON on the SKP so a later mutasi never
 * rewrites an old document.
 */
export type PihakSnapshot = {
  id: string;
  /** Full name with gelar, e.g. `Dr. Siti Aminah, S.E., M.M.` */
  nama: string;
  nip: string;
  pangkat: string | null;
  golongan: string | null;
  jabatan: string;
  unit: string | null;
  instansi: string;
};

export type SkpSnapshot = {
  diambilPada: string;
  pegawai: PihakSnapshot | null;
  penilai: PihakSnapshot | null;
  atasanPenilai: PihakSnapshot | null;
};

export function namaDenganGelar(p: { gelarDepan?: string | null; nama: string; gelarBelakang?: string | null }): string {
  const depan = p.gelarDepan?.trim();
  const belakang = p.gelarBelakang?.trim();
  return `${depan ? `${depan} ` : ""}${p.nama.trim()}${belakang ? `, ${belakang}` : ""}`;
}

/** `Penata Muda (III/a)`, `IX` for PPPK, or `-` when nothing is known. */
export function formatPangkatGolongan(p: Pick<PihakSnapshot, "pangkat" | "golongan">): string {
  if (p.pangkat && p.golongan) return `${p.pangkat} (${p.golongan})`;
  return p.pangkat || p.golongan || "-";
}

/** Reads the JSON column defensively: old or hand-edited rows must still render. */
export function readSkpSnapshot(value: unknown): SkpSnapshot {
  const obj = isRecord(value) ? value : {};
  return {
    diambilPada: typeof obj.diambilPada === "string" ? obj.diambilPada : "",
    pegawai: readPihak(obj.pegawai),
    penilai: readPihak(obj.penilai),
    atasanPenilai: readPihak(obj.atasanPenilai),
  };
}

function readPihak(value: unknown): PihakSnapshot | null {
  if (!isRecord(value) || typeof value.nama !== "string" || typeof value.nip !== "string") return null;
  const text = (k: string) => (typeof value[k] === "string" ? (value[k] as string) : null);
  return {
    id: text("id") ?? "",
    nama: value.nama,
    nip: value.nip,
    pangkat: text("pangkat"),
    golongan: text("golongan"),
    jabatan: text("jabatan") ?? "-",
    unit: text("unit"),
    instansi: text("instansi") ?? "-",
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
