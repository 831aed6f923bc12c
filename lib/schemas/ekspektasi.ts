import { z } from "zod";
import { skpRefSchema } from "@/lib/schemas/skp";

// Optional by design: the atasan may leave a value without an ekspektasi khusus.
const teks = z
  .string()
  .trim()
  .max(1000, { error: "Ekspektasi paling banyak 1000 karakter." })
  .optional()
  .transform((v) => v ?? "");

/**
 * Ekspektasi khusus pimpinan for the seven BerAKHLAK values, one field each so an error sits
 * next to its value. An empty field removes the ekspektasi for that value.
 */
export const ekspektasiSchema = skpRefSchema.extend({
  BERORIENTASI_PELAYANAN: teks,
  AKUNTABEL: teks,
  KOMPETEN: teks,
  HARMONIS: teks,
  LOYAL: teks,
  ADAPTIF: teks,
  KOLABORATIF: teks,
});

export type EkspektasiInput = z.input<typeof ekspektasiSchema>;
