-- CreateEnum
CREATE TYPE "StatusVerifikasi" AS ENUM ('MENUNGGU', 'SESUAI', 'PERLU_PERBAIKAN');

-- CreateEnum
CREATE TYPE "JenisHariLibur" AS ENUM ('LIBUR_NASIONAL', 'CUTI_BERSAMA');

-- CreateEnum
CREATE TYPE "JenisKeteranganHari" AS ENUM ('CUTI', 'SAKIT', 'DINAS_LUAR', 'TUGAS_BELAJAR');

-- AlterTable
ALTER TABLE "Instansi" ADD COLUMN     "hariKerjaPerMinggu" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "targetJamHarian" DECIMAL(4,2) NOT NULL DEFAULT 7.5;

-- CreateTable
CREATE TABLE "ProgresHarian" (
    "id" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "skpId" UUID NOT NULL,
    "rencanaAksiId" UUID NOT NULL,
    "indikatorId" UUID,
    "tanggal" DATE NOT NULL,
    "jamMulai" INTEGER NOT NULL,
    "jamSelesai" INTEGER NOT NULL,
    "kegiatan" TEXT NOT NULL,
    "realisasi" INTEGER NOT NULL,
    "satuan" TEXT NOT NULL,
    "tautanBukti" TEXT,
    "sumberData" TEXT,
    "status" "StatusVerifikasi" NOT NULL DEFAULT 'MENUNGGU',
    "catatanVerifikasi" TEXT,
    "diverifikasiOlehId" UUID,
    "diverifikasiPada" TIMESTAMP(3),
    "umpanBalikReaksi" TEXT,
    "umpanBalikTeks" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgresHarian_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HariLibur" (
    "id" UUID NOT NULL,
    "instansiId" UUID NOT NULL,
    "tanggal" DATE NOT NULL,
    "nama" TEXT NOT NULL,
    "jenis" "JenisHariLibur" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HariLibur_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeteranganHari" (
    "id" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "tanggal" DATE NOT NULL,
    "jenis" "JenisKeteranganHari" NOT NULL,
    "catatan" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KeteranganHari_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TemplatKegiatan" (
    "id" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "nama" TEXT NOT NULL,
    "hari" INTEGER,
    "jamMulai" INTEGER NOT NULL,
    "jamSelesai" INTEGER NOT NULL,
    "kegiatan" TEXT NOT NULL,
    "rencanaAksiId" UUID,
    "realisasi" INTEGER NOT NULL DEFAULT 1,
    "satuan" TEXT NOT NULL,
    "urutan" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TemplatKegiatan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgresHarian_pegawaiId_tanggal_idx" ON "ProgresHarian"("pegawaiId", "tanggal");

-- CreateIndex
CREATE INDEX "ProgresHarian_skpId_tanggal_idx" ON "ProgresHarian"("skpId", "tanggal");

-- CreateIndex
CREATE INDEX "ProgresHarian_rencanaAksiId_idx" ON "ProgresHarian"("rencanaAksiId");

-- CreateIndex
CREATE INDEX "ProgresHarian_indikatorId_idx" ON "ProgresHarian"("indikatorId");

-- CreateIndex
CREATE UNIQUE INDEX "HariLibur_instansiId_tanggal_key" ON "HariLibur"("instansiId", "tanggal");

-- CreateIndex
CREATE UNIQUE INDEX "KeteranganHari_pegawaiId_tanggal_key" ON "KeteranganHari"("pegawaiId", "tanggal");

-- CreateIndex
CREATE INDEX "TemplatKegiatan_pegawaiId_hari_idx" ON "TemplatKegiatan"("pegawaiId", "hari");

-- CreateIndex
CREATE INDEX "TemplatKegiatan_rencanaAksiId_idx" ON "TemplatKegiatan"("rencanaAksiId");

-- AddForeignKey
ALTER TABLE "ProgresHarian" ADD CONSTRAINT "ProgresHarian_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgresHarian" ADD CONSTRAINT "ProgresHarian_skpId_fkey" FOREIGN KEY ("skpId") REFERENCES "Skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgresHarian" ADD CONSTRAINT "ProgresHarian_rencanaAksiId_fkey" FOREIGN KEY ("rencanaAksiId") REFERENCES "RencanaAksi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgresHarian" ADD CONSTRAINT "ProgresHarian_indikatorId_fkey" FOREIGN KEY ("indikatorId") REFERENCES "Indikator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HariLibur" ADD CONSTRAINT "HariLibur_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeteranganHari" ADD CONSTRAINT "KeteranganHari_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplatKegiatan" ADD CONSTRAINT "TemplatKegiatan_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplatKegiatan" ADD CONSTRAINT "TemplatKegiatan_rencanaAksiId_fkey" FOREIGN KEY ("rencanaAksiId") REFERENCES "RencanaAksi"("id") ON DELETE SET NULL ON UPDATE CASCADE;

