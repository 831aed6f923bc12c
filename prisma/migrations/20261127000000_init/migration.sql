-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PEGAWAI', 'ADMIN');

-- CreateEnum
CREATE TYPE "JenisPegawai" AS ENUM ('PNS', 'PPPK');

-- CreateEnum
CREATE TYPE "JenisJabatan" AS ENUM ('STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA');

-- CreateEnum
CREATE TYPE "JenjangFungsional" AS ENUM ('AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA', 'PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA');

-- CreateEnum
CREATE TYPE "JenisPelaksanaTugas" AS ENUM ('PLT', 'PLH');

-- CreateEnum
CREATE TYPE "StatusPermintaan" AS ENUM ('MENUNGGU', 'DISETUJUI', 'DITOLAK');

-- CreateEnum
CREATE TYPE "ModeKurva" AS ENUM ('PERINGATAN', 'BLOKIR');

-- CreateEnum
CREATE TYPE "Pendekatan" AS ENUM ('KUANTITATIF', 'KUALITATIF');

-- CreateEnum
CREATE TYPE "LayoutSkp" AS ENUM ('JPT', 'STANDAR', 'KUALITATIF');

-- CreateEnum
CREATE TYPE "StatusSkp" AS ENUM ('DRAFT', 'PENGAJUAN', 'PERSETUJUAN');

-- CreateEnum
CREATE TYPE "JenisRhk" AS ENUM ('UTAMA', 'TAMBAHAN');

-- CreateEnum
CREATE TYPE "KlasifikasiRhk" AS ENUM ('ORGANISASI', 'INDIVIDU');

-- CreateEnum
CREATE TYPE "Aspek" AS ENUM ('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA');

-- CreateEnum
CREATE TYPE "Perspektif" AS ENUM ('PENERIMA_LAYANAN', 'PROSES_BISNIS', 'PENGUATAN_INTERNAL', 'ANGGARAN');

-- CreateEnum
CREATE TYPE "CoreValue" AS ENUM ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF');

-- CreateEnum
CREATE TYPE "JenisLampiran" AS ENUM ('DUKUNGAN_SUMBER_DAYA', 'SKEMA_PERTANGGUNGJAWABAN', 'KONSEKUENSI');

-- CreateEnum
CREATE TYPE "JenisPeriode" AS ENUM ('BULANAN', 'TRIWULAN', 'TAHUNAN');

-- CreateEnum
CREATE TYPE "StatusPenilaian" AS ENUM ('DRAFT', 'FINAL');

-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI');

-- CreateEnum
CREATE TYPE "Predikat" AS ENUM ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');

-- CreateEnum
CREATE TYPE "CapaianOrganisasi" AS ENUM ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');

-- CreateEnum
CREATE TYPE "EntitasRiwayat" AS ENUM ('SKP', 'PENILAIAN');

-- CreateEnum
CREATE TYPE "StatusJob" AS ENUM ('MENUNGGU', 'BERJALAN', 'SELESAI', 'GAGAL');

-- CreateTable
CREATE TABLE "Instansi" (
    "id" UUID NOT NULL,
    "kode" TEXT NOT NULL,
    "nama" TEXT NOT NULL,
    "lokasi" TEXT NOT NULL,
    "modeKurva" "ModeKurva" NOT NULL DEFAULT 'PERINGATAN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Instansi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitKerja" (
    "id" UUID NOT NULL,
    "instansiId" UUID NOT NULL,
    "parentId" UUID,
    "nama" TEXT NOT NULL,
    "namaJabatan" TEXT,
    "eselon" INTEGER,
    "pimpinanId" UUID,
    "siasnId" TEXT,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnitKerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pegawai" (
    "id" UUID NOT NULL,
    "instansiId" UUID NOT NULL,
    "nip" CHAR(18) NOT NULL,
    "nama" TEXT NOT NULL,
    "gelarDepan" TEXT,
    "gelarBelakang" TEXT,
    "email" TEXT,
    "noHp" TEXT,
    "jenisPegawai" "JenisPegawai" NOT NULL DEFAULT 'PNS',
    "jenisJabatan" "JenisJabatan" NOT NULL,
    "jabatan" TEXT NOT NULL,
    "eselon" INTEGER,
    "jenjangFungsional" "JenjangFungsional",
    "pangkat" TEXT,
    "golongan" TEXT,
    "unitId" UUID,
    "atasanId" UUID,
    "roles" "Role"[] DEFAULT ARRAY['PEGAWAI']::"Role"[],
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "passwordHash" TEXT NOT NULL,
    "siasnId" TEXT,
    "lastSyncAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pegawai_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PelaksanaTugas" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "jenis" "JenisPelaksanaTugas" NOT NULL,
    "mulai" DATE NOT NULL,
    "selesai" DATE NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PelaksanaTugas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PermintaanAtasan" (
    "id" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "atasanDiusulkanId" UUID NOT NULL,
    "alasan" TEXT NOT NULL,
    "status" "StatusPermintaan" NOT NULL DEFAULT 'MENUNGGU',
    "diputuskanOlehId" UUID,
    "catatanKeputusan" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "diputuskanAt" TIMESTAMP(3),

    CONSTRAINT "PermintaanAtasan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tahun" (
    "id" UUID NOT NULL,
    "instansiId" UUID NOT NULL,
    "tahun" INTEGER NOT NULL,
    "terbuka" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tahun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeriodePenilaian" (
    "id" UUID NOT NULL,
    "tahunId" UUID NOT NULL,
    "jenis" "JenisPeriode" NOT NULL,
    "urutan" INTEGER NOT NULL,
    "awal" DATE NOT NULL,
    "akhir" DATE NOT NULL,
    "batasPengisian" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeriodePenilaian_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Skp" (
    "id" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "tahunId" UUID NOT NULL,
    "periodeAwal" DATE NOT NULL,
    "periodeAkhir" DATE NOT NULL,
    "pendekatan" "Pendekatan" NOT NULL,
    "layout" "LayoutSkp" NOT NULL,
    "status" "StatusSkp" NOT NULL DEFAULT 'DRAFT',
    "penilaiId" UUID,
    "snapshot" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Skp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rhk" (
    "id" UUID NOT NULL,
    "skpId" UUID NOT NULL,
    "jenis" "JenisRhk" NOT NULL,
    "klasifikasi" "KlasifikasiRhk",
    "teks" TEXT NOT NULL,
    "parentRhkId" UUID,
    "penugasanDari" TEXT,
    "urutan" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rhk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indikator" (
    "id" UUID NOT NULL,
    "rhkId" UUID NOT NULL,
    "aspek" "Aspek",
    "teks" TEXT NOT NULL,
    "targetMin" DECIMAL(18,2),
    "targetMax" DECIMAL(18,2),
    "satuan" TEXT,
    "targetNarasi" TEXT,
    "perspektif" "Perspektif",
    "urutan" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Indikator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EkspektasiKhusus" (
    "id" UUID NOT NULL,
    "skpId" UUID NOT NULL,
    "coreValue" "CoreValue" NOT NULL,
    "teks" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EkspektasiKhusus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LampiranItem" (
    "id" UUID NOT NULL,
    "skpId" UUID NOT NULL,
    "jenis" "JenisLampiran" NOT NULL,
    "teks" TEXT NOT NULL,
    "urutan" INTEGER NOT NULL,

    CONSTRAINT "LampiranItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Penilaian" (
    "id" UUID NOT NULL,
    "skpId" UUID NOT NULL,
    "periodeId" UUID NOT NULL,
    "status" "StatusPenilaian" NOT NULL DEFAULT 'DRAFT',
    "ratingHasil" "Rating",
    "ratingPerilaku" "Rating",
    "predikat" "Predikat",
    "catatan" TEXT,
    "pengisianDibukaHingga" TIMESTAMP(3),
    "snapshot" JSONB,
    "finalizedAt" TIMESTAMP(3),
    "finalizedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Penilaian_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RencanaAksi" (
    "id" UUID NOT NULL,
    "rhkId" UUID NOT NULL,
    "periodeId" UUID NOT NULL,
    "teks" TEXT NOT NULL,
    "urutan" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RencanaAksi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuktiDukung" (
    "id" UUID NOT NULL,
    "rhkId" UUID NOT NULL,
    "periodeId" UUID NOT NULL,
    "nama" TEXT NOT NULL,
    "tautan" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BuktiDukung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Realisasi" (
    "id" UUID NOT NULL,
    "indikatorId" UUID NOT NULL,
    "periodeId" UUID NOT NULL,
    "nilai" DECIMAL(18,2),
    "narasi" TEXT,
    "sumberData" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Realisasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UmpanBalikRhk" (
    "id" UUID NOT NULL,
    "penilaianId" UUID NOT NULL,
    "rhkId" UUID NOT NULL,
    "reaksi" TEXT,
    "teks" TEXT,

    CONSTRAINT "UmpanBalikRhk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UmpanBalikPerilaku" (
    "id" UUID NOT NULL,
    "penilaianId" UUID NOT NULL,
    "coreValue" "CoreValue" NOT NULL,
    "reaksi" TEXT,
    "teks" TEXT,

    CONSTRAINT "UmpanBalikPerilaku_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CapaianOrganisasiUnit" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "periodeId" UUID NOT NULL,
    "capaian" "CapaianOrganisasi" NOT NULL,
    "ditetapkanOlehId" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CapaianOrganisasiUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiwayatStatus" (
    "id" UUID NOT NULL,
    "entitas" "EntitasRiwayat" NOT NULL,
    "entitasId" UUID NOT NULL,
    "dari" TEXT,
    "ke" TEXT NOT NULL,
    "aktorId" UUID,
    "catatan" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiwayatStatus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" UUID NOT NULL,
    "instansiId" UUID,
    "aktorId" UUID,
    "aksi" TEXT NOT NULL,
    "entitas" TEXT NOT NULL,
    "entitasId" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailure" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SinkronSiasn" (
    "id" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "aktorId" UUID,
    "berhasil" BOOLEAN NOT NULL,
    "perubahan" JSONB,
    "pesan" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SinkronSiasn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" UUID NOT NULL,
    "instansiId" UUID NOT NULL,
    "jenis" TEXT NOT NULL,
    "status" "StatusJob" NOT NULL DEFAULT 'MENUNGGU',
    "total" INTEGER NOT NULL DEFAULT 0,
    "selesai" INTEGER NOT NULL DEFAULT 0,
    "gagal" INTEGER NOT NULL DEFAULT 0,
    "log" JSONB,
    "aktorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Instansi_kode_key" ON "Instansi"("kode");

-- CreateIndex
CREATE UNIQUE INDEX "UnitKerja_pimpinanId_key" ON "UnitKerja"("pimpinanId");

-- CreateIndex
CREATE INDEX "UnitKerja_instansiId_nama_idx" ON "UnitKerja"("instansiId", "nama");

-- CreateIndex
CREATE INDEX "UnitKerja_parentId_idx" ON "UnitKerja"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitKerja_instansiId_siasnId_key" ON "UnitKerja"("instansiId", "siasnId");

-- CreateIndex
CREATE UNIQUE INDEX "Pegawai_nip_key" ON "Pegawai"("nip");

-- CreateIndex
CREATE INDEX "Pegawai_instansiId_nama_idx" ON "Pegawai"("instansiId", "nama");

-- CreateIndex
CREATE INDEX "Pegawai_unitId_idx" ON "Pegawai"("unitId");

-- CreateIndex
CREATE INDEX "Pegawai_atasanId_idx" ON "Pegawai"("atasanId");

-- CreateIndex
CREATE INDEX "PelaksanaTugas_unitId_mulai_idx" ON "PelaksanaTugas"("unitId", "mulai");

-- CreateIndex
CREATE INDEX "PelaksanaTugas_pegawaiId_idx" ON "PelaksanaTugas"("pegawaiId");

-- CreateIndex
CREATE INDEX "PermintaanAtasan_pegawaiId_idx" ON "PermintaanAtasan"("pegawaiId");

-- CreateIndex
CREATE INDEX "PermintaanAtasan_atasanDiusulkanId_idx" ON "PermintaanAtasan"("atasanDiusulkanId");

-- CreateIndex
CREATE INDEX "PermintaanAtasan_status_idx" ON "PermintaanAtasan"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Tahun_instansiId_tahun_key" ON "Tahun"("instansiId", "tahun");

-- CreateIndex
CREATE UNIQUE INDEX "PeriodePenilaian_tahunId_jenis_urutan_key" ON "PeriodePenilaian"("tahunId", "jenis", "urutan");

-- CreateIndex
CREATE INDEX "Skp_pegawaiId_periodeAwal_idx" ON "Skp"("pegawaiId", "periodeAwal");

-- CreateIndex
CREATE INDEX "Skp_tahunId_status_idx" ON "Skp"("tahunId", "status");

-- CreateIndex
CREATE INDEX "Skp_penilaiId_status_idx" ON "Skp"("penilaiId", "status");

-- CreateIndex
CREATE INDEX "Rhk_skpId_jenis_urutan_idx" ON "Rhk"("skpId", "jenis", "urutan");

-- CreateIndex
CREATE INDEX "Rhk_parentRhkId_idx" ON "Rhk"("parentRhkId");

-- CreateIndex
CREATE INDEX "Indikator_rhkId_urutan_idx" ON "Indikator"("rhkId", "urutan");

-- CreateIndex
CREATE UNIQUE INDEX "EkspektasiKhusus_skpId_coreValue_key" ON "EkspektasiKhusus"("skpId", "coreValue");

-- CreateIndex
CREATE INDEX "LampiranItem_skpId_jenis_urutan_idx" ON "LampiranItem"("skpId", "jenis", "urutan");

-- CreateIndex
CREATE INDEX "Penilaian_periodeId_status_idx" ON "Penilaian"("periodeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Penilaian_skpId_periodeId_key" ON "Penilaian"("skpId", "periodeId");

-- CreateIndex
CREATE INDEX "RencanaAksi_rhkId_periodeId_idx" ON "RencanaAksi"("rhkId", "periodeId");

-- CreateIndex
CREATE INDEX "RencanaAksi_periodeId_idx" ON "RencanaAksi"("periodeId");

-- CreateIndex
CREATE INDEX "BuktiDukung_rhkId_periodeId_idx" ON "BuktiDukung"("rhkId", "periodeId");

-- CreateIndex
CREATE INDEX "BuktiDukung_periodeId_idx" ON "BuktiDukung"("periodeId");

-- CreateIndex
CREATE INDEX "Realisasi_periodeId_idx" ON "Realisasi"("periodeId");

-- CreateIndex
CREATE UNIQUE INDEX "Realisasi_indikatorId_periodeId_key" ON "Realisasi"("indikatorId", "periodeId");

-- CreateIndex
CREATE INDEX "UmpanBalikRhk_rhkId_idx" ON "UmpanBalikRhk"("rhkId");

-- CreateIndex
CREATE UNIQUE INDEX "UmpanBalikRhk_penilaianId_rhkId_key" ON "UmpanBalikRhk"("penilaianId", "rhkId");

-- CreateIndex
CREATE UNIQUE INDEX "UmpanBalikPerilaku_penilaianId_coreValue_key" ON "UmpanBalikPerilaku"("penilaianId", "coreValue");

-- CreateIndex
CREATE INDEX "CapaianOrganisasiUnit_periodeId_idx" ON "CapaianOrganisasiUnit"("periodeId");

-- CreateIndex
CREATE UNIQUE INDEX "CapaianOrganisasiUnit_unitId_periodeId_key" ON "CapaianOrganisasiUnit"("unitId", "periodeId");

-- CreateIndex
CREATE INDEX "RiwayatStatus_entitas_entitasId_createdAt_idx" ON "RiwayatStatus"("entitas", "entitasId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_instansiId_createdAt_idx" ON "AuditLog"("instansiId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entitas_entitasId_idx" ON "AuditLog"("entitas", "entitasId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_pegawaiId_idx" ON "PasswordResetToken"("pegawaiId");

-- CreateIndex
CREATE INDEX "SinkronSiasn_pegawaiId_createdAt_idx" ON "SinkronSiasn"("pegawaiId", "createdAt");

-- CreateIndex
CREATE INDEX "Job_instansiId_createdAt_idx" ON "Job"("instansiId", "createdAt");

-- AddForeignKey
ALTER TABLE "UnitKerja" ADD CONSTRAINT "UnitKerja_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitKerja" ADD CONSTRAINT "UnitKerja_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "UnitKerja"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitKerja" ADD CONSTRAINT "UnitKerja_pimpinanId_fkey" FOREIGN KEY ("pimpinanId") REFERENCES "Pegawai"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pegawai" ADD CONSTRAINT "Pegawai_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pegawai" ADD CONSTRAINT "Pegawai_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "UnitKerja"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pegawai" ADD CONSTRAINT "Pegawai_atasanId_fkey" FOREIGN KEY ("atasanId") REFERENCES "Pegawai"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PelaksanaTugas" ADD CONSTRAINT "PelaksanaTugas_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "UnitKerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PelaksanaTugas" ADD CONSTRAINT "PelaksanaTugas_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermintaanAtasan" ADD CONSTRAINT "PermintaanAtasan_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermintaanAtasan" ADD CONSTRAINT "PermintaanAtasan_atasanDiusulkanId_fkey" FOREIGN KEY ("atasanDiusulkanId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tahun" ADD CONSTRAINT "Tahun_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodePenilaian" ADD CONSTRAINT "PeriodePenilaian_tahunId_fkey" FOREIGN KEY ("tahunId") REFERENCES "Tahun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Skp" ADD CONSTRAINT "Skp_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Skp" ADD CONSTRAINT "Skp_penilaiId_fkey" FOREIGN KEY ("penilaiId") REFERENCES "Pegawai"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Skp" ADD CONSTRAINT "Skp_tahunId_fkey" FOREIGN KEY ("tahunId") REFERENCES "Tahun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rhk" ADD CONSTRAINT "Rhk_skpId_fkey" FOREIGN KEY ("skpId") REFERENCES "Skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rhk" ADD CONSTRAINT "Rhk_parentRhkId_fkey" FOREIGN KEY ("parentRhkId") REFERENCES "Rhk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indikator" ADD CONSTRAINT "Indikator_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "Rhk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EkspektasiKhusus" ADD CONSTRAINT "EkspektasiKhusus_skpId_fkey" FOREIGN KEY ("skpId") REFERENCES "Skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LampiranItem" ADD CONSTRAINT "LampiranItem_skpId_fkey" FOREIGN KEY ("skpId") REFERENCES "Skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Penilaian" ADD CONSTRAINT "Penilaian_skpId_fkey" FOREIGN KEY ("skpId") REFERENCES "Skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Penilaian" ADD CONSTRAINT "Penilaian_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RencanaAksi" ADD CONSTRAINT "RencanaAksi_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "Rhk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RencanaAksi" ADD CONSTRAINT "RencanaAksi_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuktiDukung" ADD CONSTRAINT "BuktiDukung_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "Rhk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuktiDukung" ADD CONSTRAINT "BuktiDukung_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Realisasi" ADD CONSTRAINT "Realisasi_indikatorId_fkey" FOREIGN KEY ("indikatorId") REFERENCES "Indikator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Realisasi" ADD CONSTRAINT "Realisasi_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UmpanBalikRhk" ADD CONSTRAINT "UmpanBalikRhk_penilaianId_fkey" FOREIGN KEY ("penilaianId") REFERENCES "Penilaian"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UmpanBalikRhk" ADD CONSTRAINT "UmpanBalikRhk_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "Rhk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UmpanBalikPerilaku" ADD CONSTRAINT "UmpanBalikPerilaku_penilaianId_fkey" FOREIGN KEY ("penilaianId") REFERENCES "Penilaian"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapaianOrganisasiUnit" ADD CONSTRAINT "CapaianOrganisasiUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "UnitKerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapaianOrganisasiUnit" ADD CONSTRAINT "CapaianOrganisasiUnit_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SinkronSiasn" ADD CONSTRAINT "SinkronSiasn_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

