-- CreateTable
CREATE TABLE "Sesi" (
    "id" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "alamat" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Sesi_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Sesi_pegawaiId_revokedAt_idx" ON "Sesi"("pegawaiId", "revokedAt");

-- AddForeignKey
ALTER TABLE "Sesi" ADD CONSTRAINT "Sesi_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

