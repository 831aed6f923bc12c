/**
 * NIP (Nomor Induk Pegawai): 18 digits = birth date (8) · TMT CPNS year+month (6) ·
 * sex (1: 1 pria, 2 wanita) · sequence (3). Shown grouped: `19900101 201501 1 001`.
 */
export type NipCheck = { valid: true } | { valid: false; reason: string };

export function normalizeNip(raw: string): string {
  return raw.replace(/\s+/g, "");
}

export function checkNip(raw: string): NipCheck {
  const nip = normalizeNip(raw);
  if (!/^\d+$/.test(nip)) return { valid: false, reason: "NIP hanya boleh berisi angka." };
  if (nip.length !== 18) return { valid: false, reason: "NIP harus 18 digit." };

  const birth = nip.slice(0, 8);
  if (!isCalendarDate(Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6, 8)))) {
    return { valid: false, reason: "8 digit pertama NIP harus tanggal lahir yang valid (TTTTBBHH)." };
  }
  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtMonth < 1 || tmtMonth > 12 || tmtYear < Number(birth.slice(0, 4))) {
    return { valid: false, reason: "Digit 9–14 NIP harus tahun dan bulan TMT yang valid." };
  }
  if (nip[14] !== "1" && nip[14] !== "2") {
    return { valid: false, reason: "Digit ke-15 NIP harus 1 (pria) atau 2 (wanita)." };
  }
  if (nip.slice(15) === "000") return { valid: false, reason: "Nomor urut NIP tidak boleh 000." };
  return { valid: true };
}

export function isValidNip(raw: string): boolean {
  return checkNip(raw).valid;
}

/** `199001012015011001` → `19900101 201501 1 001`; anything else is returned as given. */
export function formatNip(nip: string): string {
  const n = normalizeNip(nip);
  if (!/^\d{18}$/.test(n)) return nip;
  return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
