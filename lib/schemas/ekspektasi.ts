import { z } from "./zod";
import { skpRefSchema } from "@/lib/schemas/skp";
import { teks } from "./dasar";

// Optional by design: the atasan may leave a value without an ekspektasi khusus.
const ekspektasi = teks({ multiBaris: true })
  .max(1000, { error: "Ekspektasi paling banyak 1000 karakter." })
  .optional()
  .transform((v) => v ?? "");

/**
 * Ekspektasi khusus pimpinan for the seven BerAKHLAK values, one field each so an error sits
 * next to its value. An empty field removes the ekspektasi for that value.
 */
export const ekspektasiSchema = skpRefSchema.extend({
  BERORIENTASI_PELAYANAN: ekspektasi,
  AKUNTABEL: ekspektasi,
  KOMPETEN: ekspektasi,
  HARMONIS: ekspektasi,
  LOYAL: ekspektasi,
  ADAPTIF: ekspektasi,
  KOLABORATIF: ekspektasi,
});

export type EkspektasiInput = z.input<typeof ekspektasiSchema>;
