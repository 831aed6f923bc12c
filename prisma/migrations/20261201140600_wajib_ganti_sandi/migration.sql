-- AlterTable
ALTER TABLE "Pegawai" ADD COLUMN     "wajibGantiSandi" BOOLEAN NOT NULL DEFAULT false;

