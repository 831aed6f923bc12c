-- AlterEnum
ALTER TYPE "JenisNotifikasi" ADD VALUE 'PERAN_TIM_DITUGASKAN';

-- AlterTable
ALTER TABLE "Rhk" ADD COLUMN     "peranTimId" UUID;

-- CreateTable
CREATE TABLE "TimKerja" (
    "id" UUID NOT NULL,
    "instansiId" UUID NOT NULL,
    "tahunId" UUID NOT NULL,
    "nama" TEXT NOT NULL,
    "ketuaId" UUID NOT NULL,
    "pembuatId" UUID NOT NULL,
    "ditutupPada" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TimKerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnggotaTim" (
    "id" UUID NOT NULL,
    "timId" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "bergabungPada" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "keluarPada" TIMESTAMP(3),

    CONSTRAINT "AnggotaTim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RhkTim" (
    "id" UUID NOT NULL,
    "timId" UUID NOT NULL,
    "teks" TEXT NOT NULL,
    "rhkPembuatId" UUID,
    "urutan" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RhkTim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeranTim" (
    "id" UUID NOT NULL,
    "rhkTimId" UUID NOT NULL,
    "anggotaId" UUID NOT NULL,
    "peran" TEXT NOT NULL,
    "hasilDiharapkan" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PeranTim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UmpanBalikTim" (
    "id" UUID NOT NULL,
    "rhkId" UUID NOT NULL,
    "periodeId" UUID NOT NULL,
    "pemberiId" UUID NOT NULL,
    "teks" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UmpanBalikTim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TimKerja_instansiId_tahunId_idx" ON "TimKerja"("instansiId", "tahunId");

-- CreateIndex
CREATE INDEX "TimKerja_tahunId_idx" ON "TimKerja"("tahunId");

-- CreateIndex
CREATE INDEX "TimKerja_ketuaId_idx" ON "TimKerja"("ketuaId");

-- CreateIndex
CREATE INDEX "TimKerja_pembuatId_idx" ON "TimKerja"("pembuatId");

-- CreateIndex
CREATE INDEX "AnggotaTim_pegawaiId_idx" ON "AnggotaTim"("pegawaiId");

-- CreateIndex
CREATE UNIQUE INDEX "AnggotaTim_timId_pegawaiId_key" ON "AnggotaTim"("timId", "pegawaiId");

-- CreateIndex
CREATE INDEX "RhkTim_timId_urutan_idx" ON "RhkTim"("timId", "urutan");

-- CreateIndex
CREATE INDEX "RhkTim_rhkPembuatId_idx" ON "RhkTim"("rhkPembuatId");

-- CreateIndex
CREATE INDEX "PeranTim_anggotaId_idx" ON "PeranTim"("anggotaId");

-- CreateIndex
CREATE UNIQUE INDEX "PeranTim_rhkTimId_anggotaId_key" ON "PeranTim"("rhkTimId", "anggotaId");

-- CreateIndex
CREATE INDEX "UmpanBalikTim_periodeId_idx" ON "UmpanBalikTim"("periodeId");

-- CreateIndex
CREATE INDEX "UmpanBalikTim_pemberiId_idx" ON "UmpanBalikTim"("pemberiId");

-- CreateIndex
CREATE UNIQUE INDEX "UmpanBalikTim_rhkId_periodeId_key" ON "UmpanBalikTim"("rhkId", "periodeId");

-- CreateIndex
CREATE INDEX "Rhk_peranTimId_idx" ON "Rhk"("peranTimId");

-- AddForeignKey
ALTER TABLE "Rhk" ADD CONSTRAINT "Rhk_peranTimId_fkey" FOREIGN KEY ("peranTimId") REFERENCES "PeranTim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimKerja" ADD CONSTRAINT "TimKerja_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimKerja" ADD CONSTRAINT "TimKerja_tahunId_fkey" FOREIGN KEY ("tahunId") REFERENCES "Tahun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimKerja" ADD CONSTRAINT "TimKerja_ketuaId_fkey" FOREIGN KEY ("ketuaId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimKerja" ADD CONSTRAINT "TimKerja_pembuatId_fkey" FOREIGN KEY ("pembuatId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnggotaTim" ADD CONSTRAINT "AnggotaTim_timId_fkey" FOREIGN KEY ("timId") REFERENCES "TimKerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnggotaTim" ADD CONSTRAINT "AnggotaTim_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RhkTim" ADD CONSTRAINT "RhkTim_timId_fkey" FOREIGN KEY ("timId") REFERENCES "TimKerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RhkTim" ADD CONSTRAINT "RhkTim_rhkPembuatId_fkey" FOREIGN KEY ("rhkPembuatId") REFERENCES "Rhk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeranTim" ADD CONSTRAINT "PeranTim_rhkTimId_fkey" FOREIGN KEY ("rhkTimId") REFERENCES "RhkTim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeranTim" ADD CONSTRAINT "PeranTim_anggotaId_fkey" FOREIGN KEY ("anggotaId") REFERENCES "AnggotaTim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UmpanBalikTim" ADD CONSTRAINT "UmpanBalikTim_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "Rhk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UmpanBalikTim" ADD CONSTRAINT "UmpanBalikTim_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "PeriodePenilaian"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UmpanBalikTim" ADD CONSTRAINT "UmpanBalikTim_pemberiId_fkey" FOREIGN KEY ("pemberiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

