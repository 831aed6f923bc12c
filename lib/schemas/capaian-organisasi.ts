import { z } from "./zod";
import { CapaianOrganisasi } from "@/lib/generated/prisma/enums";

/** Capaian Kinerja Organisasi of one unit for one periode penilaian. */
export const capaianOrganisasiSchema = z.object({
  unitId: z.guid({ error: "Unit kerja tidak dikenal." }),
  periodeId: z.guid({ error: "Periode penilaian tidak dikenal." }),
  capaian: z.enum(CapaianOrganisasi, { error: "Pilih capaian kinerja organisasi." }),
});

export type CapaianOrganisasiInput = z.input<typeof capaianOrganisasiSchema>;
