import { createHash } from "node:crypto";
import type { FakeRecord, FakeSiasnData, FakeSiasnPns } from "../../scripts/lib/fake-siasn";
import { BANDUNG } from "./data/bandung";
import { GARUT } from "./data/garut";
import type { SeedInstansi, SeedPegawai, SeedUnit } from "./data/types";
import { demoEmail } from "./demo-accounts";

/**
 * What the fake SIASN knows about the demo instansi, built from the same seed data as the
 * database, so NIPs, names, units and pimpinan agree. SIASN matches the app everywhere except
 * `SIASN_PROMOSI`: the demo staff account has a new jabatan in SIASN, which is what a user
 * sees change after "Sinkron SIASN".
 */
export const SIASN_PROMOSI = {
  instansi: BANDUNG,
  pegawaiKey: "staff",
  jabatanBaru: "Penata Layanan Operasional",
  tmtJabatan: "02-01-2025",
} as const;

/** SIASN ids are 32-character uppercase hex GUIDs; these are stable, so reseeding keeps them. */
export function siasnPnsId(nip: string): string {
  return guid(`pns:${nip}`);
}

export function siasnUnorId(instansiKode: string, unitKey: string): string {
  return guid(`unor:${instansiKode}:${unitKey}`);
}

export function siasnInstansiId(instansiKode: string): string {
  return guid(`instansi:${instansiKode}`);
}

export function buildSiasnDemoData(): FakeSiasnData {
  const data: FakeSiasnData = { pns: {}, refUnor: [] };
  for (const instansi of [BANDUNG, GARUT]) {
    data.refUnor.push(...instansi.units.map((unit) => refUnor(instansi, unit)));
    for (const pegawai of instansi.pegawai) data.pns[pegawai.nip] = pns(instansi, pegawai);
  }
  return data;
}

function refUnor(instansi: SeedInstansi, unit: SeedUnit): FakeRecord {
  const pimpinan = instansi.pegawai.find((p) => p.memimpin && p.unitKey === unit.key);
  const root = instansi.units.find((u) => u.parentKey === null);
  return {
    Id: siasnUnorId(instansi.kode, unit.key),
    InstansiId: siasnInstansiId(instansi.kode),
    DiatasanId: unit.parentKey ? siasnUnorId(instansi.kode, unit.parentKey) : null,
    EselonId: `${unit.eselon}1`,
    NamaUnor: unit.nama,
    NamaJabatan: unit.namaJabatan,
    CepatKode: `${instansi.kode}.${instansi.units.indexOf(unit) + 1}`,
    IndukUnorId: root ? siasnUnorId(instansi.kode, root.key) : null,
    PemimpinPnsId: pimpinan ? siasnPnsId(pimpinan.nip) : null,
    JenisUnorId: "1",
  };
}

function pns(instansi: SeedInstansi, p: SeedPegawai): FakeSiasnPns {
  const promoted = instansi === SIASN_PROMOSI.instansi && p.key === SIASN_PROMOSI.pegawaiKey;
  const jabatan = promoted ? SIASN_PROMOSI.jabatanBaru : p.jabatan;
  const tmtJabatan = promoted ? SIASN_PROMOSI.tmtJabatan : tmtAwal(p, 3);
  const unit = must(instansi.units.find((u) => u.key === p.unitKey), p.unitKey);
  const root = must(instansi.units.find((u) => u.parentKey === null), "root");
  const id = siasnPnsId(p.nip);
  const unor = { unorId: siasnUnorId(instansi.kode, unit.key), unorNama: unit.nama };
  const eselon = p.eselon ? { eselon: `${ROMAN[p.eselon]}.a`, eselonId: `${p.eselon}1`, eselonLevel: String(p.eselon) } : {};
  const email = demoEmail(p, instansi);

  const dataUtama: FakeRecord = {
    id,
    nipBaru: p.nip,
    nama: p.nama,
    gelarDepan: p.gelarDepan ?? "",
    gelarBelakang: p.gelarBelakang ?? "",
    tglLahir: `${p.nip.slice(6, 8)}-${p.nip.slice(4, 6)}-${p.nip.slice(0, 4)}`,
    jenisKelamin: p.nip[14] === "2" ? "Wanita" : "Pria",
    email,
    emailGov: email,
    noHp: null,
    jenisPegawaiNama: p.pppk ? "PPPK" : "PNS Daerah Kabupaten/Kota",
    kedudukanPnsNama: p.nonaktif ? "Pemberhentian Sementara" : "Aktif",
    statusPegawai: p.pppk ? "PPPK" : "PNS",
    instansiIndukId: siasnInstansiId(instansi.kode),
    instansiIndukNama: `Pemerintah ${instansi.lokasi === "Bandung" ? "Kota" : "Kabupaten"} ${instansi.lokasi}`,
    instansiKerjaId: siasnInstansiId(instansi.kode),
    instansiKerjaNama: instansi.nama,
    satuanKerjaKerjaId: siasnUnorId(instansi.kode, root.key),
    satuanKerjaKerjaNama: root.nama,
    ...unor,
    unorIndukId: siasnUnorId(instansi.kode, root.key),
    unorIndukNama: root.nama,
    jenisJabatanId: JENIS_JABATAN_ID[p.jenisJabatan],
    jabatanNama: jabatan,
    jabatanStrukturalNama: p.jenisJabatan === "STRUKTURAL" ? jabatan : null,
    jabatanFungsionalNama: p.jenisJabatan === "FUNGSIONAL" ? jabatan : null,
    jabatanFungsionalUmumNama: p.jenisJabatan === "PELAKSANA" ? jabatan : null,
    tmtJabatan,
    ...eselon,
    golRuangAkhirId: p.golongan.replace("/", ""),
    golRuangAkhir: p.golongan,
    pangkatAkhir: p.pangkat ?? null,
    tmtGolAkhir: tmtAwal(p, 4),
    pendidikanTerakhirNama: p.gelarBelakang ? "S-1/Sarjana" : "SLTA",
    kelas_jabatan: KELAS_JABATAN[p.eselon ?? 0] ?? "7",
  };

  const riwayatJabatan = (nama: string, tmt: string): FakeRecord => ({
    id: guid(`rw-jabatan:${p.nip}:${tmt}`),
    idPns: id,
    nipBaru: p.nip,
    jenisJabatan: JENIS_JABATAN_ID[p.jenisJabatan],
    ...unor,
    unorIndukId: siasnUnorId(instansi.kode, root.key),
    unorIndukNama: root.nama,
    eselon: "eselon" in eselon ? eselon.eselon : null,
    eselonId: "eselonId" in eselon ? eselon.eselonId : null,
    jabatanFungsionalNama: p.jenisJabatan === "FUNGSIONAL" ? nama : null,
    jabatanFungsionalUmumNama: p.jenisJabatan === "PELAKSANA" ? nama : null,
    namaJabatan: nama,
    tmtJabatan: tmt,
    nomorSk: `800/${p.nip.slice(-3)}/${tmt.slice(-4)}`,
    tanggalSk: tmt,
  });

  return {
    dataUtama,
    rwJabatan: promoted
      ? [riwayatJabatan(SIASN_PROMOSI.jabatanBaru, SIASN_PROMOSI.tmtJabatan), riwayatJabatan(p.jabatan, tmtAwal(p, 3))]
      : [riwayatJabatan(p.jabatan, tmtJabatan)],
    rwGolongan: [
      {
        id: guid(`rw-golongan:${p.nip}`),
        idPns: id,
        nipBaru: p.nip,
        golonganId: p.golongan.replace("/", ""),
        golongan: p.golongan,
        skNomor: `823/${p.nip.slice(-3)}/KP`,
        skTanggal: tmtAwal(p, 4),
        tmtGolongan: tmtAwal(p, 4),
        jenisKPNama: "Reguler",
        masaKerjaGolonganTahun: "4",
        masaKerjaGolonganBulan: "0",
      },
    ],
    rwSkp22: [],
  };
}

/**
 * A date `yearsAfterCpns` years after the TMT CPNS encoded in the NIP (digits 9–14), kept in
 * the past (no later than 2024) for recent recruits.
 */
function tmtAwal(p: SeedPegawai, yearsAfterCpns: number): string {
  const cpns = Number(p.nip.slice(8, 12));
  return `01-${p.nip.slice(12, 14)}-${Math.max(cpns, Math.min(cpns + yearsAfterCpns, 2024))}`;
}

const JENIS_JABATAN_ID = { STRUKTURAL: "1", FUNGSIONAL: "2", PELAKSANA: "4" } as const;
const ROMAN: Record<number, string> = { 2: "II", 3: "III", 4: "IV" };
const KELAS_JABATAN: Record<number, string> = { 2: "14", 3: "12", 4: "9" };

function guid(seed: string): string {
  return createHash("md5").update(seed).digest("hex").toUpperCase();
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Data seed SIASN rusak: ${what} tidak dikenal`);
  return value;
}
