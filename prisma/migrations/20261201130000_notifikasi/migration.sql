-- CreateEnum
CREATE TYPE "ZonaWaktu" AS ENUM ('WIB', 'WITA', 'WIT');

-- CreateEnum
CREATE TYPE "JenisNotifikasi" AS ENUM ('SKP_DIAJUKAN', 'SKP_DIKEMBALIKAN', 'SKP_DISETUJUI', 'PENILAIAN_FINAL', 'PROGRES_PERLU_PERBAIKAN', 'PERMINTAAN_ATASAN_DIPUTUSKAN', 'ATASAN_BERUBAH', 'PENGINGAT_BATAS_PENGISIAN', 'PENGINGAT_PROGRES_HARIAN', 'PENGINGAT_SKP_MENUNGGU');

-- CreateEnum
CREATE TYPE "SaluranNotifikasi" AS ENUM ('APLIKASI', 'EMAIL_SEGERA', 'RINGKASAN_HARIAN');

-- AlterTable
ALTER TABLE "Instansi" ADD COLUMN     "zonaWaktu" "ZonaWaktu" NOT NULL DEFAULT 'WIB';

-- CreateTable
CREATE TABLE "Notifikasi" (
    "id" UUID NOT NULL,
    "penerimaId" UUID NOT NULL,
    "jenis" "JenisNotifikasi" NOT NULL,
    "judul" TEXT NOT NULL,
    "isi" TEXT NOT NULL DEFAULT '',
    "tautan" TEXT NOT NULL,
    "dibacaPada" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notifikasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PreferensiNotifikasi" (
    "pegawaiId" UUID NOT NULL,
    "jenis" "JenisNotifikasi" NOT NULL,
    "saluran" "SaluranNotifikasi" NOT NULL,

    CONSTRAINT "PreferensiNotifikasi_pkey" PRIMARY KEY ("pegawaiId","jenis")
);

-- CreateTable
CREATE TABLE "PengingatTerkirim" (
    "penerimaId" UUID NOT NULL,
    "kunci" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PengingatTerkirim_pkey" PRIMARY KEY ("penerimaId","kunci")
);

-- CreateIndex
CREATE INDEX "Notifikasi_penerimaId_dibacaPada_idx" ON "Notifikasi"("penerimaId", "dibacaPada");

-- CreateIndex
CREATE INDEX "Notifikasi_penerimaId_createdAt_idx" ON "Notifikasi"("penerimaId", "createdAt");

-- AddForeignKey
ALTER TABLE "Notifikasi" ADD CONSTRAINT "Notifikasi_penerimaId_fkey" FOREIGN KEY ("penerimaId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreferensiNotifikasi" ADD CONSTRAINT "PreferensiNotifikasi_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PengingatTerkirim" ADD CONSTRAINT "PengingatTerkirim_penerimaId_fkey" FOREIGN KEY ("penerimaId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

