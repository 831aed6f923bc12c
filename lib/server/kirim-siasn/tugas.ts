import "server-only";
import type { Task } from "graphile-worker";
import { getSiasnConfig } from "@/lib/server/siasn/get-client";
import { kirimSatu } from "./kirim";

/**
 * The queued job `kirim-siasn` { kirimId, aktorId }. Its outcome is on the KirimSiasn row; the
 * handler throws only when SIASN was unreachable and another attempt may succeed, so
 * graphile-worker retries with its backoff. A retry after success posts nothing (kirimSatu).
 */
export const tugasKirimSiasn: Task = async (payload, helpers) => {
  const { kirimId, aktorId } = (payload ?? {}) as { kirimId?: unknown; aktorId?: unknown };
  if (typeof kirimId !== "string") throw new Error(`Payload kirim-siasn tanpa kirimId: ${JSON.stringify(payload)}`);
  const hasil = await kirimSatu(kirimId, typeof aktorId === "string" ? aktorId : null, getSiasnConfig());
  if (hasil.sebab === "unavailable" && helpers.job.attempts < helpers.job.max_attempts) {
    throw new Error(`SIASN tidak dapat dihubungi untuk kiriman ${kirimId}; dicoba lagi.`);
  }
};
