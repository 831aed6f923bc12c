-- CreateEnum
CREATE TYPE "JenisKirimSiasn" AS ENUM ('KINERJA_PERIODIK', 'SKP22', 'ANGKA_KREDIT');

-- CreateEnum
CREATE TYPE "StatusKirimSiasn" AS ENUM ('SIAP', 'TERKIRIM', 'GAGAL');

-- AlterTable
ALTER TABLE "Instansi" ADD COLUMN     "kirimSiasnOtomatis" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "KirimSiasn" (
    "id" UUID NOT NULL,
    "instansiId" UUID NOT NULL,
    "penilaianId" UUID NOT NULL,
    "jenis" "JenisKirimSiasn" NOT NULL,
    "status" "StatusKirimSiasn" NOT NULL DEFAULT 'SIAP',
    "siasnId" TEXT,
    "finalizedAt" TIMESTAMP(3) NOT NULL,
    "terkirimUntuk" TIMESTAMP(3),
    "pesan" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KirimSiasn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KirimSiasnPercobaan" (
    "id" UUID NOT NULL,
    "kirimId" UUID NOT NULL,
    "aktorId" UUID,
    "payload" JSONB NOT NULL,
    "berhasil" BOOLEAN NOT NULL,
    "siasnId" TEXT,
    "pesan" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KirimSiasnPercobaan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KirimSiasn_instansiId_status_updatedAt_idx" ON "KirimSiasn"("instansiId", "status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "KirimSiasn_penilaianId_jenis_key" ON "KirimSiasn"("penilaianId", "jenis");

-- CreateIndex
CREATE INDEX "KirimSiasnPercobaan_kirimId_createdAt_idx" ON "KirimSiasnPercobaan"("kirimId", "createdAt");

-- AddForeignKey
ALTER TABLE "KirimSiasn" ADD CONSTRAINT "KirimSiasn_penilaianId_fkey" FOREIGN KEY ("penilaianId") REFERENCES "Penilaian"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KirimSiasnPercobaan" ADD CONSTRAINT "KirimSiasnPercobaan_kirimId_fkey" FOREIGN KEY ("kirimId") REFERENCES "KirimSiasn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

