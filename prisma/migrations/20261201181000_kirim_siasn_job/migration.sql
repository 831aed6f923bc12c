-- AlterTable
ALTER TABLE "KirimSiasn" ADD COLUMN     "jobId" UUID,
ADD COLUMN     "menungguJob" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "KirimSiasnPercobaan" ADD COLUMN     "tidakPasti" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "KirimSiasn_jobId_menungguJob_idx" ON "KirimSiasn"("jobId", "menungguJob");

-- AddForeignKey
ALTER TABLE "KirimSiasn" ADD CONSTRAINT "KirimSiasn_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE SET NULL ON UPDATE CASCADE;

