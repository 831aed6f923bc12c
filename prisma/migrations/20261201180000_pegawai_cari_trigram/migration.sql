-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Pegawai_nama_trgm_idx" ON "Pegawai" USING GIN ("nama" gin_trgm_ops);

