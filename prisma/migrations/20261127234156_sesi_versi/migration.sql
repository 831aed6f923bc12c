-- AlterTable
ALTER TABLE "Pegawai" ADD COLUMN     "sesiVersi" INTEGER NOT NULL DEFAULT 0;

