import type { FaktaAdmin, FaktaAtasan, Tugas } from "./tugas";
import { selisihHari } from "./zona-waktu";

/** The atasan's and the admin's part of "Tugas Anda" (lib/domain/tugas.ts), in the order. */
export function tugasAtasan(f: FaktaAtasan, hariIni: Date): Tugas[] {
  const out: Tugas[] = [];
  const base = { peran: "atasan" as const, tenggat: null, keterangan: null, informasi: false };
  if (f.skpMenunggu > 0) {
    const lama = f.skpMenungguSejak ? Math.max(0, selisihHari(f.skpMenungguSejak, hariIni)) : null;
    out.push({
      ...base,
      kunci: "skp-bawahan",
      jenis: "SKP_BAWAHAN_MENUNGGU",
      judul: `Putuskan ${f.skpMenunggu} SKP bawahan yang menunggu persetujuan`,
      keterangan: lama === null ? null : lama === 0 ? "Yang terlama diajukan hari ini" : `Yang terlama sudah menunggu ${lama} hari`,
      tautan: "/skp-bawahan",
      jumlah: f.skpMenunggu,
      menu: "/skp-bawahan",
    });
  }
  if (f.penilaianBelumFinal > 0 && f.penilaianPeriode) {
    out.push({
      ...base,
      kunci: "penilaian-bawahan",
      jenis: "PENILAIAN_BAWAHAN",
      judul: `Nilai ${f.penilaianBelumFinal} bawahan untuk periode ${f.penilaianPeriode.label}`,
      tautan: `/penilaian-bawahan?periode=${f.penilaianPeriode.id}`,
      jumlah: f.penilaianBelumFinal,
      menu: "/penilaian-bawahan",
    });
  }
  if (f.bawahanTanpaSkp > 0) {
    out.push({
      ...base,
      kunci: "bawahan-tanpa-skp",
      jenis: "BAWAHAN_TANPA_SKP",
      judul: `${f.bawahanTanpaSkp} bawahan belum membuat SKP`,
      keterangan: "Ingatkan mereka untuk menyusun SKP tahun ini.",
      tautan: "/bawahan",
      jumlah: f.bawahanTanpaSkp,
      menu: null,
    });
  }
  if (f.progresMenunggu > 0) {
    out.push({
      ...base,
      kunci: "progres-bawahan",
      jenis: "PROGRES_BAWAHAN_MENUNGGU",
      judul: `Verifikasi ${f.progresMenunggu} entri Progres Harian bawahan`,
      tautan: "/progres-harian-bawahan",
      jumlah: f.progresMenunggu,
      menu: "/progres-harian-bawahan",
    });
  }
  if (f.capaianBelum > 0 && f.capaianPeriode) {
    out.push({
      ...base,
      kunci: "capaian-organisasi",
      jenis: "CAPAIAN_ORGANISASI",
      judul: `Tetapkan capaian organisasi ${f.capaianBelum} unit untuk periode ${f.capaianPeriode.label}`,
      tautan: `/capaian-organisasi?periode=${f.capaianPeriode.id}`,
      jumlah: f.capaianBelum,
      menu: "/capaian-organisasi",
    });
  }
  return out;
}

export function tugasAdmin(f: FaktaAdmin): Tugas[] {
  const out: Tugas[] = [];
  const base = { peran: "admin" as const, tenggat: null, keterangan: null, informasi: false };
  if (f.permintaanMenunggu > 0) {
    out.push({
      ...base,
      kunci: "permintaan-atasan",
      jenis: "PERMINTAAN_ATASAN",
      judul: `Putuskan ${f.permintaanMenunggu} permintaan perubahan atasan`,
      tautan: "/admin/permintaan-atasan",
      jumlah: f.permintaanMenunggu,
      menu: "/admin/permintaan-atasan",
    });
  }
  if (f.unitTanpaPimpinan > 0) {
    out.push({
      ...base,
      kunci: "unit-tanpa-pimpinan",
      jenis: "UNIT_TANPA_PIMPINAN",
      judul: `${f.unitTanpaPimpinan} unit kerja belum memiliki pimpinan`,
      tautan: "/admin/unit-kerja",
      jumlah: f.unitTanpaPimpinan,
      menu: "/admin/unit-kerja",
    });
  }
  if (f.pegawaiTanpaAtasan > 0) {
    out.push({
      ...base,
      kunci: "pegawai-tanpa-atasan",
      jenis: "PEGAWAI_TANPA_ATASAN",
      judul: `${f.pegawaiTanpaAtasan} pegawai belum memiliki atasan`,
      keterangan: "Tanpa atasan, SKP mereka tidak dapat diajukan.",
      tautan: "/admin/pegawai",
      jumlah: f.pegawaiTanpaAtasan,
      menu: "/admin/pegawai",
    });
  }
  if (f.sinkronGagal) {
    const { status, gagal } = f.sinkronGagal;
    out.push({
      ...base,
      kunci: "sinkron-gagal",
      jenis: "SINKRON_GAGAL",
      judul: status === "GAGAL" ? "Sinkron SIASN terakhir gagal" : `Sinkron SIASN terakhir: ${gagal} pegawai gagal disinkronkan`,
      keterangan: "Lihat penyebabnya lalu jalankan lagi.",
      tautan: "/admin/sinkron",
      jumlah: Math.max(1, gagal),
      menu: "/admin/sinkron",
    });
  }
  if (f.tahunTanpaPeriode.length > 0) {
    out.push({
      ...base,
      kunci: "tahun-tanpa-periode",
      jenis: "TAHUN_TANPA_PERIODE",
      judul: `Atur periode penilaian dan batas pengisian tahun ${f.tahunTanpaPeriode.join(", ")}`,
      keterangan: "Tanpa periode, pegawai tidak dapat mengisi realisasi.",
      tautan: "/admin/periode",
      jumlah: f.tahunTanpaPeriode.length,
      menu: "/admin/periode",
    });
  }
  return out;
}

