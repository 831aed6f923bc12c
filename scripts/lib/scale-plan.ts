/**
 * The shape of a scale instansi of N pegawai: a 5-level unit tree holding about 10 % of the
 * pegawai as structural heads, every other pegawai a staff member of a level-5 unit.
 * Pegawai number u (0 ≤ u < units) heads unit u, so the atasan of a head is the head of the
 * parent unit and the atasan of a staff member is the head of their unit.
 */
export type ScalePlan = {
  pegawai: number;
  units: number;
  levels: Array<{ level: number; count: number; offset: number; eselon: number }>;
  /** Staff of the first level-5 unit; that unit's head is the atasan with a full page of bawahan. */
  firstUnitStaff: number;
};

export const SCALE_MIN_PEGAWAI = 100;

export function planScale(pegawai: number): ScalePlan {
  if (!Number.isInteger(pegawai) || pegawai < SCALE_MIN_PEGAWAI) {
    throw new Error(`--pegawai harus bilangan bulat ≥ ${SCALE_MIN_PEGAWAI}`);
  }
  const structural = Math.max(5, Math.round(pegawai * 0.1));
  const c5 = Math.ceil(structural * 0.75);
  const c4 = Math.ceil(structural * 0.2);
  const c3 = Math.ceil(structural * 0.04);
  const c2 = Math.max(1, structural - 1 - c3 - c4 - c5);
  const counts = [1, c2, c3, c4, c5];
  const eselon = [2, 2, 3, 4, 4];
  let offset = 0;
  const levels = counts.map((count, i) => {
    const level = { level: i + 1, count, offset, eselon: eselon[i] as number };
    offset += count;
    return level;
  });
  const staff = pegawai - offset;
  return { pegawai, units: offset, levels, firstUnitStaff: Math.min(40, staff) };
}

/**
 * A valid 18-digit NIP for pegawai number n, unique for n below 2.4 million: birth date
 * (1965 onward), TMT month (1995–2014), sex digit, sequence from 500 up so it never meets the
 * demo instansi's NIPs.
 */
export function scaleNip(n: number): string {
  const birth = new Date(Date.UTC(1965, 0, 1) + (n % 10000) * 86_400_000);
  const tmt = Math.floor(n / 10000) % 240;
  const ymd = birth.toISOString().slice(0, 10).replaceAll("-", "");
  const tmtPart = `${1995 + Math.floor(tmt / 12)}${String((tmt % 12) + 1).padStart(2, "0")}`;
  const sex = (n % 2) + 1;
  const seq = 500 + Math.floor(n / 2_400_000);
  return `${ymd}${tmtPart}${sex}${String(seq).padStart(3, "0")}`;
}

/** How many RHK pegawai number n has in the scale data: 3 to 8. */
export function rhkCount(n: number): number {
  return 3 + ((n * 7) % 6);
}

/**
 * The days the scale data fills with Progres Harian: the three months up to yesterday (today
 * is left empty for the benchmark to add entries to), never before the SKP year's first day.
 * ISO dates; `awal` > `akhir` when the year has no such day yet (1 January).
 */
export function progresWindow(today: string, tahun: number): { awal: string; akhir: string } {
  const t = new Date(`${today}T00:00:00Z`);
  const akhir = new Date(t.getTime() - 86_400_000);
  const threeMonths = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - 3, t.getUTCDate()));
  const yearStart = new Date(Date.UTC(tahun, 0, 1));
  const awal = threeMonths < yearStart ? yearStart : threeMonths;
  return { awal: awal.toISOString().slice(0, 10), akhir: akhir.toISOString().slice(0, 10) };
}
