import type { ProfilPegawai } from "./profil-pegawai";
import { jenjangFromJabatan } from "@/lib/domain/siasn/profil";
import {
  isEmail,
  KOLOM_IMPOR,
  parseEselon,
  parseJenisJabatan,
  parseJenisPegawai,
  parseNoHp,
  type BarisMentah,
} from "./impor-kolom";
import { checkNip, normalizeNip } from "./nip";
import { pangkatUntuk, parseGolongan } from "./pangkat-golongan";

export type UnitImpor = { id: string; nama: string; parentId: string | null; aktif: boolean };

export type KonteksImpor = {
  /** Every unit of the admin's instansi. */
  units: UnitImpor[];
  /** NIPs of the file that are already registered anywhere in e-Kinerja (NIP is unique nationally). */
  nipTerdaftar: ReadonlySet<string>;
  /** Active pegawai of the admin's instansi that the file names as atasan: NIP → id. */
  atasanTerdaftar: ReadonlyMap<string, string>;
};

export type PegawaiImpor = ProfilPegawai & {
  baris: number;
  nip: string;
  unitId: string;
  /** Set when the atasan is another row of the same file. */
  nipAtasanDalamBerkas: string | null;
  /** Set when the atasan is already registered in the instansi. */
  atasanId: string | null;
};

export type MasalahImpor = { baris: number; nip: string; nama: string; pesan: string[] };

export type HasilValidasiImpor = { pegawai: PegawaiImpor[]; masalah: MasalahImpor[] };

/** The NIPs a file mentions, to look up before validating: its own rows and their atasan. */
export function nipDalamBerkas(baris: BarisMentah[]): { nip: string[]; nipAtasan: string[] } {
  const nip = baris.map((b) => normalizeNip(b.sel.nip)).filter(Boolean);
  const nipAtasan = baris.map((b) => normalizeNip(b.sel.nipAtasan)).filter(Boolean);
  return { nip: [...new Set(nip)], nipAtasan: [...new Set(nipAtasan)] };
}

/**
 * Checks every row and reports every problem of every row at once, so the admin fixes the
 * file in one go. The result holds either rows to write or problems; an import with any
 * problem writes nothing.
 */
export function validasiImpor(baris: BarisMentah[], konteks: KonteksImpor): HasilValidasiImpor {
  const cariUnit = unitResolver(konteks.units);
  const barisPertama = new Map<string, number>();
  for (const b of baris) {
    const nip = normalizeNip(b.sel.nip);
    if (nip && !barisPertama.has(nip)) barisPertama.set(nip, b.baris);
  }

  const pegawai: PegawaiImpor[] = [];
  const masalah: MasalahImpor[] = [];
  for (const b of baris) {
    const pesan: string[] = [];
    const s = b.sel;
    for (const kolom of KOLOM_IMPOR) {
      if (kolom.wajib && s[kolom.key] === "") pesan.push(`Kolom "${kolom.judul}" wajib diisi.`);
    }

    const nip = normalizeNip(s.nip);
    if (nip) pesan.push(...masalahNip(nip, b.baris, barisPertama, konteks));

    const jenisPegawai = parseJenisPegawai(s.jenisPegawai);
    if (s.jenisPegawai && !jenisPegawai) pesan.push(`Jenis Pegawai "${s.jenisPegawai}" tidak dikenal; isi PNS atau PPPK.`);
    const jenisJabatan = parseJenisJabatan(s.jenisJabatan);
    if (s.jenisJabatan && !jenisJabatan) {
      pesan.push(`Jenis Jabatan "${s.jenisJabatan}" tidak dikenal; isi Struktural, Fungsional, atau Pelaksana.`);
    }

    const eselon = s.eselon ? parseEselon(s.eselon) : null;
    if (s.eselon && eselon === null) pesan.push(`Eselon "${s.eselon}" tidak dikenal; isi II, III, atau IV (boleh II.a, IV.b).`);
    if (jenisJabatan === "STRUKTURAL" && !s.eselon) pesan.push("Eselon wajib diisi untuk jabatan struktural.");
    if (jenisJabatan && jenisJabatan !== "STRUKTURAL" && s.eselon) pesan.push("Eselon hanya diisi untuk jabatan struktural.");

    const golongan = s.golongan && jenisPegawai ? parseGolongan(s.golongan, jenisPegawai) : null;
    if (s.golongan && jenisPegawai && golongan === null) {
      pesan.push(
        jenisPegawai === "PNS"
          ? `Golongan "${s.golongan}" tidak dikenal; untuk PNS tulis seperti III/a.`
          : `Golongan "${s.golongan}" tidak dikenal; untuk PPPK tulis I sampai XVII.`,
      );
    }

    if (s.email && !isEmail(s.email)) pesan.push(`Email "${s.email}" tidak valid.`);
    const noHp = s.noHp ? parseNoHp(s.noHp) : null;
    if (s.noHp && noHp === null) pesan.push(`No HP "${s.noHp}" tidak valid; tulis 8–15 angka.`);

    const unit = s.unitKerja ? cariUnit(s.unitKerja) : null;
    if (unit && "pesan" in unit) pesan.push(unit.pesan);

    const nipAtasan = normalizeNip(s.nipAtasan);
    const atasan = nipAtasan ? cekAtasan(nipAtasan, nip, barisPertama, konteks) : null;
    if (atasan && "pesan" in atasan) pesan.push(atasan.pesan);

    if (pesan.length > 0 || !jenisPegawai || !jenisJabatan || !unit || "pesan" in unit || (atasan && "pesan" in atasan)) {
      masalah.push({ baris: b.baris, nip: s.nip, nama: s.nama, pesan });
      continue;
    }
    pegawai.push({
      baris: b.baris,
      nip,
      nama: s.nama,
      gelarDepan: s.gelarDepan || null,
      gelarBelakang: s.gelarBelakang || null,
      email: s.email || null,
      noHp,
      jenisPegawai,
      jenisJabatan,
      jabatan: s.jabatan,
      eselon,
      jenjangFungsional: jenisJabatan === "FUNGSIONAL" ? jenjangFromJabatan(s.jabatan) : null,
      // The official pangkat of a known PNS golongan wins over what the file spells.
      pangkat: (golongan && jenisPegawai ? pangkatUntuk(golongan, jenisPegawai) : null) ?? (s.pangkat || null),
      golongan,
      unitId: unit.id,
      nipAtasanDalamBerkas: atasan && "dalamBerkas" in atasan ? nipAtasan : null,
      atasanId: atasan && "id" in atasan ? atasan.id : null,
    });
  }
  return { pegawai, masalah };
}

function masalahNip(nip: string, baris: number, barisPertama: Map<string, number>, konteks: KonteksImpor): string[] {
  if (/e\+/i.test(nip)) {
    return ["NIP terbaca sebagai angka sehingga digitnya berubah. Format kolom NIP sebagai Teks di Excel, lalu ketik ulang NIP-nya."];
  }
  const cek = checkNip(nip);
  if (!cek.valid) return [cek.reason];
  const pertama = barisPertama.get(nip);
  if (pertama !== undefined && pertama !== baris) return [`NIP ${nip} sudah muncul di baris ${pertama} berkas ini.`];
  if (konteks.nipTerdaftar.has(nip)) return [`NIP ${nip} sudah terdaftar di e-Kinerja.`];
  return [];
}

type HasilAtasan = { id: string } | { dalamBerkas: true } | { pesan: string };

function cekAtasan(nipAtasan: string, nip: string, barisPertama: Map<string, number>, konteks: KonteksImpor): HasilAtasan {
  if (!checkNip(nipAtasan).valid) return { pesan: `NIP Atasan "${nipAtasan}" bukan NIP yang valid.` };
  if (nipAtasan === nip) return { pesan: "NIP Atasan tidak boleh sama dengan NIP pegawai itu sendiri." };
  const id = konteks.atasanTerdaftar.get(nipAtasan);
  if (id) return { id };
  if (barisPertama.has(nipAtasan)) return { dalamBerkas: true };
  return { pesan: `Atasan dengan NIP ${nipAtasan} tidak ditemukan di instansi Anda maupun di berkas ini.` };
}

type HasilUnit = { id: string } | { pesan: string };

/**
 * Matches "Unit Kerja" by name, or by a path such as `Bidang Mutasi / Subbidang Mutasi` when a
 * name is used by more than one unit. Case and extra spaces do not matter; `>` works as `/`.
 */
function unitResolver(units: UnitImpor[]): (raw: string) => HasilUnit {
  const byId = new Map(units.map((u) => [u.id, u]));
  const paths = units.map((unit) => {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let u: UnitImpor | undefined = unit; u && !seen.has(u.id); u = u.parentId ? byId.get(u.parentId) : undefined) {
      seen.add(u.id);
      names.unshift(fold(u.nama));
    }
    return { unit, names };
  });
  return (raw) => {
    const wanted = raw.split(/[/>]/).map(fold).filter(Boolean);
    const found = paths.filter(({ names }) => wanted.every((name, i) => names[names.length - wanted.length + i] === name));
    if (found.length === 0) return { pesan: `Unit kerja "${raw}" tidak ditemukan di instansi Anda.` };
    if (found.length > 1) {
      return { pesan: `Nama unit kerja "${raw}" dipakai oleh ${found.length} unit; tulis jalurnya, misalnya "Nama Induk / ${raw}".` };
    }
    const unit = found[0]?.unit;
    if (!unit) return { pesan: `Unit kerja "${raw}" tidak ditemukan di instansi Anda.` };
    if (!unit.aktif) return { pesan: `Unit kerja "${unit.nama}" sudah nonaktif.` };
    return { id: unit.id };
  };
}

function fold(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}
