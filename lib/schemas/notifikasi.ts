import { z } from "./zod";
import { JenisNotifikasi, SaluranNotifikasi } from "@/lib/generated/prisma/enums";

const PESAN_SALURAN = "Pilih salah satu cara pemberitahuan.";

/** Profil › Notifikasi: the channel of every kind, sent together by one form. */
export const preferensiNotifikasiSchema = z.object({
  pilihan: z.array(z.object({ jenis: z.enum(JenisNotifikasi), saluran: z.enum(SaluranNotifikasi, { error: PESAN_SALURAN }) })).max(Object.keys(JenisNotifikasi).length),
});

export const tandaiSemuaDibacaSchema = z.object({}).optional();

/** The turn-off link's token, as the email carried it (see lib/server/notifikasi/tautan-berhenti.ts). */
export const berhentiNotifikasiSchema = z.object({ token: z.string().min(1).max(500) });

export type PreferensiNotifikasiInput = z.input<typeof preferensiNotifikasiSchema>;
export type BerhentiNotifikasiInput = z.input<typeof berhentiNotifikasiSchema>;
