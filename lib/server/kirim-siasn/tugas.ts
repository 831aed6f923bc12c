import "server-only";
import type { Task } from "graphile-worker";
import { getSiasnConfig } from "@/lib/server/siasn/get-client";
import { kirimSatu } from "./kirim";

/**
 * The queued job `kirim-siasn` { kirimId, aktorId, diperiksaSejak? }. Its outcome is on the
 * KirimSiasn row; the handler throws only when SIASN was unreachable and another attempt may
 * succeed, so graphile-worker retries with its backoff. A retry after success posts nothing
 * (kirimSatu), and the outcome counts into a bulk send only on the last attempt it gets.
 */
export const tugasKirimSiasn: Task = async (payload, helpers) => {
  const { kirimId, aktorId, diperiksaSejak } = (payload ?? {}) as { kirimId?: unknown; aktorId?: unknown; diperiksaSejak?: unknown };
  if (typeof kirimId !== "string") throw new Error(`Payload kirim-siasn tanpa kirimId: ${JSON.stringify(payload)}`);
  const percobaanTerakhir = helpers.job.attempts >= helpers.job.max_attempts;
  const hasil = await kirimSatu(kirimId, typeof aktorId === "string" ? aktorId : null, getSiasnConfig(), {
    percobaanTerakhir,
    diperiksaSejak: typeof diperiksaSejak === "string" ? new Date(diperiksaSejak) : null,
  });
  if (hasil.sebab === "unavailable" && !percobaanTerakhir) {
    throw new Error(`SIASN tidak dapat dihubungi untuk kiriman ${kirimId}; dicoba lagi.`);
  }
};
