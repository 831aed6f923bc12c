import { describe, expect, it } from "vitest";
import * as labels from "@/lib/domain/labels";
import * as enums from "@/lib/generated/prisma/enums";
import { JENIS_NOTIFIKASI, LABEL_SALURAN } from "@/lib/domain/notifikasi";

// Enums whose labels live beside their rules: notification kinds and channels with their
// defaults (lib/domain/notifikasi.ts).
const PAIRS_ELSEWHERE: [string, Record<string, string>, Record<string, string>][] = [
  ["JenisNotifikasi", enums.JenisNotifikasi, Object.fromEntries(Object.entries(JENIS_NOTIFIKASI).map(([jenis, k]) => [jenis, k.label]))],
  ["SaluranNotifikasi", enums.SaluranNotifikasi, LABEL_SALURAN],
];

// Every schema enum, paired with its label map.
const PAIRS: [string, Record<string, string>, Record<string, string>][] = [
  ["Role", enums.Role, labels.LABEL_ROLE],
  ["JenisPegawai", enums.JenisPegawai, labels.LABEL_JENIS_PEGAWAI],
  ["JenisJabatan", enums.JenisJabatan, labels.LABEL_JENIS_JABATAN],
  ["JenjangFungsional", enums.JenjangFungsional, labels.LABEL_JENJANG_FUNGSIONAL],
  ["JenisPelaksanaTugas", enums.JenisPelaksanaTugas, labels.LABEL_JENIS_PELAKSANA_TUGAS],
  ["StatusPermintaan", enums.StatusPermintaan, labels.LABEL_STATUS_PERMINTAAN],
  ["ModeKurva", enums.ModeKurva, labels.LABEL_MODE_KURVA],
  ["Pendekatan", enums.Pendekatan, labels.LABEL_PENDEKATAN],
  ["LayoutSkp", enums.LayoutSkp, labels.LABEL_LAYOUT_SKP],
  ["StatusSkp", enums.StatusSkp, labels.LABEL_STATUS_SKP],
  ["JenisRhk", enums.JenisRhk, labels.LABEL_JENIS_RHK],
  ["KlasifikasiRhk", enums.KlasifikasiRhk, labels.LABEL_KLASIFIKASI_RHK],
  ["Aspek", enums.Aspek, labels.LABEL_ASPEK],
  ["Perspektif", enums.Perspektif, labels.LABEL_PERSPEKTIF],
  ["CoreValue", enums.CoreValue, labels.LABEL_CORE_VALUE],
  ["JenisLampiran", enums.JenisLampiran, labels.LABEL_JENIS_LAMPIRAN],
  ["JenisPeriode", enums.JenisPeriode, labels.LABEL_JENIS_PERIODE],
  ["StatusPenilaian", enums.StatusPenilaian, labels.LABEL_STATUS_PENILAIAN],
  ["Rating", enums.Rating, labels.LABEL_RATING],
  ["Predikat", enums.Predikat, labels.LABEL_PREDIKAT],
  ["CapaianOrganisasi", enums.CapaianOrganisasi, labels.LABEL_CAPAIAN_ORGANISASI],
  ["EntitasRiwayat", enums.EntitasRiwayat, labels.LABEL_ENTITAS_RIWAYAT],
  ["StatusJob", enums.StatusJob, labels.LABEL_STATUS_JOB],
  ["StatusVerifikasi", enums.StatusVerifikasi, labels.LABEL_STATUS_VERIFIKASI],
  ["JenisHariLibur", enums.JenisHariLibur, labels.LABEL_JENIS_HARI_LIBUR],
  ["JenisKeteranganHari", enums.JenisKeteranganHari, labels.LABEL_JENIS_KETERANGAN_HARI],
  ["JenisKirimSiasn", enums.JenisKirimSiasn, labels.LABEL_JENIS_KIRIM_SIASN],
  ["StatusKirimSiasn", enums.StatusKirimSiasn, labels.LABEL_STATUS_KIRIM_SIASN],
  ["ZonaWaktu", enums.ZonaWaktu, labels.LABEL_ZONA_WAKTU],
];

describe("labels", () => {
  it("covers every enum in the schema", () => {
    expect([...PAIRS, ...PAIRS_ELSEWHERE].map(([name]) => name).sort()).toEqual(Object.keys(enums).sort());
    expect(PAIRS).toHaveLength(Object.keys(labels).filter((k) => k.startsWith("LABEL_")).length);
  });

  it.each([...PAIRS, ...PAIRS_ELSEWHERE])("%s has a non-empty label for each value and nothing else", (_name, values, map) => {
    expect(Object.keys(map).sort()).toEqual(Object.values(values).sort());
    for (const label of Object.values(map)) expect(label.trim()).not.toBe("");
  });

  it("uses the words of the official app", () => {
    expect(Object.values(labels.LABEL_STATUS_SKP)).toEqual(["Draft", "Pengajuan", "Persetujuan"]);
    expect(labels.LABEL_RATING.DI_ATAS_EKSPEKTASI).toBe("Di Atas Ekspektasi");
    expect(Object.values(labels.LABEL_PREDIKAT)).toEqual([
      "Sangat Baik",
      "Baik",
      "Butuh Perbaikan",
      "Kurang/Misconduct",
      "Sangat Kurang",
    ]);
    expect(labels.LABEL_CAPAIAN_ORGANISASI.ISTIMEWA).toBe("Istimewa");
  });
});
