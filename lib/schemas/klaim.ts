import { z } from "./zod";

export const klaimPimpinanSchema = z.object({ unitId: z.guid({ error: "Pilih unit kerja yang akan dipimpin." }) });
export type KlaimPimpinanInput = z.input<typeof klaimPimpinanSchema>;
