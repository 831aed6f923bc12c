-- CreateIndex
CREATE INDEX "Pegawai_instansiId_atasanId_idx" ON "Pegawai"("instansiId", "atasanId");

-- CreateIndex
CREATE INDEX "ProgresHarian_pegawaiId_status_idx" ON "ProgresHarian"("pegawaiId", "status");

