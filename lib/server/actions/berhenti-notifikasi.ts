"use server";

import { berhentiNotifikasiSchema, type BerhentiNotifikasiInput } from "@/lib/schemas/notifikasi";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { toFailure, type ActionResult } from "@/lib/server/define-action";
import { tujuanBerhenti } from "@/lib/server/notifikasi/berhenti";

// Public: the turn-off link in an email works without signing in, so it cannot go through
// defineAction. The signed token is the authority, and all it can do is move kinds to the app.

const TAUTAN_TIDAK_BERLAKU = "Tautan ini tidak berlaku. Atur notifikasi Anda di Profil › Notifikasi setelah masuk.";

export async function berhentiNotifikasi(input: BerhentiNotifikasiInput): Promise<ActionResult<{ label: string }>> {
  const parsed = berhentiNotifikasiSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: TAUTAN_TIDAK_BERLAKU };
  try {
    return await db.$transaction(async (tx) => {
      const tujuan = await tujuanBerhenti(parsed.data.token, tx);
      if (!tujuan) return { ok: false, message: TAUTAN_TIDAK_BERLAKU } as const;
      await tx.preferensiNotifikasi.deleteMany({ where: { pegawaiId: tujuan.pegawaiId, jenis: { in: tujuan.jenis } } });
      await tx.preferensiNotifikasi.createMany({ data: tujuan.jenis.map((jenis) => ({ pegawaiId: tujuan.pegawaiId, jenis, saluran: "APLIKASI" as const })) });
      await writeAudit(tx, { id: tujuan.pegawaiId, instansiId: tujuan.instansiId }, {
        aksi: "BERHENTI_NOTIFIKASI_EMAIL",
        entitas: "Pegawai",
        entitasId: tujuan.pegawaiId,
        data: { yang: tujuan.yang, jenis: tujuan.jenis },
      });
      return { ok: true, data: { label: tujuan.label } } as const;
    });
  } catch (error) {
    return toFailure(error);
  }
}
