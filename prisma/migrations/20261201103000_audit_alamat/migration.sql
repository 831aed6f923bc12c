-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "alamat" TEXT;

-- CreateIndex
CREATE INDEX "AuditLog_aktorId_createdAt_idx" ON "AuditLog"("aktorId", "createdAt");

