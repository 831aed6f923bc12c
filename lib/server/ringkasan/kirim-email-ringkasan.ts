import "server-only";
import type { Task } from "graphile-worker";
import { susunEmailRingkasan, type IsiRingkasan } from "@/lib/domain/ringkasan-harian";
import { sendRingkasanHarianMail } from "@/lib/server/mail";

export type PayloadEmailRingkasan = { kepada: string; isi: IsiRingkasan };

/**
 * Sends one person's digest, composed when the 07.00 run queued it. A failed send is retried
 * with backoff by the queue; the once-a-day key was taken with the queueing, so a retry never
 * becomes a second digest.
 */
export const kirimEmailRingkasan: Task = async (payload) => {
  const { kepada, isi } = payload as PayloadEmailRingkasan;
  await sendRingkasanHarianMail({ to: kepada, ...susunEmailRingkasan(isi) });
};
