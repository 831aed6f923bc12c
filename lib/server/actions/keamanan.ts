"use server";

import { z } from "zod";
import { writeAudit } from "@/lib/server/audit";
import { defineAction } from "@/lib/server/define-action";
import { revokeAllSesi } from "@/lib/server/autentikasi/sesi";

const keluarSemuaSchema = z.object({
  konfirmasi: z.literal(true, { error: "Centang konfirmasi untuk keluar dari semua perangkat." }),
});

/**
 * "Keluar dari semua perangkat": every session of the signed-in pegawai ends at once, this
 * browser's included (a lost phone, a shared office computer left signed in).
 */
const keluarSemuaAction = defineAction({ schema: keluarSemuaSchema }, async ({ actor, tx }) => {
  const jumlahSesi = await revokeAllSesi(tx, actor.id);
  await writeAudit(tx, actor, { aksi: "KELUAR_SEMUA_PERANGKAT", entitas: "Pegawai", entitasId: actor.id, data: { jumlahSesi } });
  return { jumlahSesi };
});

export async function keluarSemuaPerangkat(input: z.input<typeof keluarSemuaSchema>) {
  return keluarSemuaAction(input);
}
