/**
 * "Kirim ke SIASN": the payloads for /kinerjaperiodik/save, /skp22/save and /angkakredit/save
 * (shared/siasn.md, "Writing results back"). Every enum → SIASN reference value comes from the
 * one table in referensi-kirim.ts, which says which values are unconfirmed.
 */
import type { PenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import type { PihakSnapshot } from "@/lib/domain/skp-snapshot";
import { teksTigaDesimal } from "@/lib/domain/riwayat-angka-kredit";
import { REFERENSI_SIASN } from "@/lib/domain/siasn/referensi-kirim";

export type JenisKirim = "KINERJA_PERIODIK" | "SKP22" | "ANGKA_KREDIT";

/**
 * What a final penilaian sends: a bulanan/triwulan result goes to kinerjaperiodik; the
 * tahunan result goes to skp22 and, for jabatan fungsional, its angka kredit conversion to
 * angkakredit. The periodic angka kredit is not sent: SIASN would add it to the year's.
 */
export function jenisKirimUntuk(snapshot: Pick<PenilaianSnapshot, "periode" | "angkaKredit">): JenisKirim[] {
  if (snapshot.periode.jenis !== "TAHUNAN") return ["KINERJA_PERIODIK"];
  return snapshot.angkaKredit ? ["SKP22", "ANGKA_KREDIT"] : ["SKP22"];
}

export type PenilaiSiasn = {
  penilaiNama: string;
  penilaiNipNrp: string;
  penilaiGolongan: string;
  penilaiJabatanNama: string;
  penilaiUnorNama: string;
  statusPenilai: "ASN" | "NON ASN";
};

export type KinerjaPeriodikPayload = PenilaiSiasn & {
  id: string;
  pnsDinilaiId: string;
  tahun: number;
  bulanMulaiPenilaian: number;
  bulanSelesaiPenilaian: number;
  tahunMulaiPenilaian: number;
  tahunSelesaiPenilaian: number;
  periodikId: string;
  hasilKinerjaNilai: number;
  perilakuKerjaNilai: number;
  kuadranKinerjaNilai: number;
  koefisienId: string;
};

export type Skp22Payload = PenilaiSiasn & {
  id: string;
  pnsDinilaiId: string;
  tahun: number;
  hasilKinerjaNilai: number;
  perilakuKerjaNilai: number;
  kuadranKinerjaNilai: number;
};

export type AngkaKreditPayload = {
  id: string;
  pnsId: string;
  nomorSk: string;
  tanggalSk: string;
  bulanMulaiPenilaian: string;
  tahunMulaiPenilaian: string;
  bulanSelesaiPenilaian: string;
  tahunSelesaiPenilaian: string;
  kreditUtamaBaru: string;
  kreditPenunjangBaru: string;
  kreditBaruTotal: string;
  rwJabatanId: string;
  isAngkaKreditPertama: "0" | "1";
  isIntegrasi: "0" | "1";
  isKonversi: "0" | "1";
};

export type PayloadSiasn = KinerjaPeriodikPayload | Skp22Payload | AngkaKreditPayload;

/** A payload, or why it cannot be built yet, in words for the admin. */
export type HasilPayload<T> = { ok: true; payload: T } | { ok: false; pesan: string };

export type DataKirim = {
  /** The pegawai's PNS GUID in SIASN (Pegawai.siasnId, from data-utama `id`). */
  pnsId: string | null;
  snapshot: PenilaianSnapshot;
  /** The riwayat id SIASN returned for an earlier send: the post then updates it. */
  siasnId: string | null;
};

export function buildPayload(jenis: JenisKirim, data: DataKirim): HasilPayload<PayloadSiasn> {
  if (jenis === "KINERJA_PERIODIK") return buildKinerjaPeriodik(data);
  if (jenis === "SKP22") return buildSkp22(data);
  return buildAngkaKredit(data);
}

export function buildKinerjaPeriodik(data: DataKirim): HasilPayload<KinerjaPeriodikPayload> {
  const dasar = dasarPenilaian(data);
  if (!dasar.ok) return dasar;
  const { periode, angkaKredit } = data.snapshot;
  const [tahunMulai, bulanMulai] = tahunBulan(periode.awal);
  const [tahunSelesai, bulanSelesai] = tahunBulan(periode.akhir);
  return ok({
    id: data.siasnId ?? "",
    pnsDinilaiId: dasar.payload.pnsId,
    tahun: periode.tahun,
    bulanMulaiPenilaian: bulanMulai,
    bulanSelesaiPenilaian: bulanSelesai,
    tahunMulaiPenilaian: tahunMulai,
    tahunSelesaiPenilaian: tahunSelesai,
    periodikId: REFERENSI_SIASN.periodikId[periode.jenis].nilai,
    ...dasar.payload.nilai,
    koefisienId: angkaKredit ? REFERENSI_SIASN.koefisienId[angkaKredit.jenjang].nilai : "",
    ...dasar.payload.penilai,
  });
}

export function buildSkp22(data: DataKirim): HasilPayload<Skp22Payload> {
  const dasar = dasarPenilaian(data);
  if (!dasar.ok) return dasar;
  return ok({
    id: data.siasnId ?? "",
    pnsDinilaiId: dasar.payload.pnsId,
    tahun: data.snapshot.periode.tahun,
    ...dasar.payload.nilai,
    ...dasar.payload.penilai,
  });
}

/**
 * The predikat's conversion to angka kredit (isKonversi "1"). We hold no SK: its number names
 * the e-Kinerja result and its date is the finalisation's (both unconfirmed as acceptable).
 */
export function buildAngkaKredit(data: DataKirim): HasilPayload<AngkaKreditPayload> {
  const { snapshot } = data;
  if (!data.pnsId) return gagal(PESAN_TANPA_PNS_ID);
  if (!snapshot.angkaKredit) return gagal("Penilaian ini tidak punya angka kredit (bukan jabatan fungsional).");
  const [tahunMulai, bulanMulai] = tahunBulan(snapshot.periode.awal);
  const [tahunSelesai, bulanSelesai] = tahunBulan(snapshot.periode.akhir);
  const kredit = teksTigaDesimal(snapshot.angkaKredit.nilai);
  return ok({
    id: data.siasnId ?? "",
    pnsId: data.pnsId,
    nomorSk: `EKINERJA/${snapshot.periode.tahun}/${snapshot.periode.label.toUpperCase()}`,
    tanggalSk: tanggalSiasn(snapshot.finalizedAt.slice(0, 10)),
    bulanMulaiPenilaian: String(bulanMulai),
    tahunMulaiPenilaian: String(tahunMulai),
    bulanSelesaiPenilaian: String(bulanSelesai),
    tahunSelesaiPenilaian: String(tahunSelesai),
    kreditUtamaBaru: kredit,
    kreditPenunjangBaru: "0.000",
    kreditBaruTotal: kredit,
    rwJabatanId: "",
    isAngkaKreditPertama: "0",
    isIntegrasi: "0",
    isKonversi: "1",
  });
}

export const PESAN_TANPA_PNS_ID = "Pegawai belum tertaut ke SIASN. Sinkronkan profilnya dari SIASN dulu.";

type Dasar = {
  pnsId: string;
  nilai: { hasilKinerjaNilai: number; perilakuKerjaNilai: number; kuadranKinerjaNilai: number };
  penilai: PenilaiSiasn;
};

function dasarPenilaian({ pnsId, snapshot }: DataKirim): HasilPayload<Dasar> {
  if (!pnsId) return gagal(PESAN_TANPA_PNS_ID);
  const { ratingHasil, ratingPerilaku, predikat, penilai } = snapshot;
  if (!ratingHasil || !ratingPerilaku || !predikat) return gagal("Penilaian belum punya rating dan predikat lengkap.");
  if (!penilai) return gagal("Penilaian tidak mencatat pejabat penilai.");
  return ok({
    pnsId,
    nilai: {
      hasilKinerjaNilai: Number(REFERENSI_SIASN.rating[ratingHasil].nilai),
      perilakuKerjaNilai: Number(REFERENSI_SIASN.rating[ratingPerilaku].nilai),
      kuadranKinerjaNilai: Number(REFERENSI_SIASN.kuadranKinerja[predikat].nilai),
    },
    penilai: penilaiSiasn(penilai),
  });
}

/** A penilai with an 18-digit NIP is ASN; anyone else (e.g. a non-ASN head) is "NON ASN". */
export function penilaiSiasn(penilai: PihakSnapshot): PenilaiSiasn {
  const nip = penilai.nip.replace(/\D/g, "");
  return {
    penilaiNama: penilai.nama,
    penilaiNipNrp: nip,
    penilaiGolongan: (penilai.golongan && REFERENSI_SIASN.penilaiGolongan[penilai.golongan.trim()]?.nilai) || "",
    penilaiJabatanNama: penilai.jabatan,
    penilaiUnorNama: penilai.unit ?? penilai.instansi,
    statusPenilai: nip.length === 18 ? "ASN" : "NON ASN",
  };
}

/** `YYYY-MM-DD` → `dd-mm-yyyy`. */
export function tanggalSiasn(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}-${m}-${y}`;
}

function tahunBulan(iso: string): [number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
}

function ok<T>(payload: T): HasilPayload<T> {
  return { ok: true, payload };
}

function gagal(pesan: string): { ok: false; pesan: string } {
  return { ok: false, pesan };
}
