import "server-only";
import { parseAngka } from "@/lib/domain/skp-target";
import type { LayoutSkp } from "@/lib/generated/prisma/enums";
import type { IndikatorBarisSchemaOutput } from "@/lib/schemas/indikator";
import { writeAudit } from "@/lib/server/audit";
import { angkaTersimpan } from "@/lib/server/audit-support";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";

/**
 * The columns an indikator stores for the SKP's layout: a field the layout doesn't show is
 * kept empty, so a hidden value typed before a layout change never reaches the document.
 */
export function indikatorData(layout: LayoutSkp, v: IndikatorBarisSchemaOutput) {
  const kualitatif = layout === "KUALITATIF";
  return {
    teks: v.teks,
    aspek: layout === "JPT" || !v.aspek ? null : v.aspek,
    perspektif: layout === "JPT" && v.perspektif ? v.perspektif : null,
    targetMin: kualitatif ? null : parseAngka(v.targetMin),
    targetMax: kualitatif || !v.rentang ? null : parseAngka(v.targetMax),
    satuan: kualitatif ? null : v.satuan,
    targetNarasi: kualitatif ? v.targetNarasi : null,
  };
}

/** Appends indikator after the RHK's last one, each with its TAMBAH_INDIKATOR audit row; returns their ids. */
export async function tambahIndikator(tx: Tx, actor: Actor, rhkId: string, layout: LayoutSkp, baris: readonly IndikatorBarisSchemaOutput[]): Promise<string[]> {
  if (baris.length === 0) return [];
  const ids: string[] = [];
  const last = await tx.indikator.findFirst({ where: { rhkId }, orderBy: { urutan: "desc" }, select: { urutan: true } });
  let urutan = last ? last.urutan + 1 : 0;
  for (const b of baris) {
    const data = indikatorData(layout, b);
    const created = await tx.indikator.create({ data: { ...data, rhkId, urutan: urutan++ }, select: { id: true } });
    ids.push(created.id);
    await writeAudit(tx, actor, {
      aksi: "TAMBAH_INDIKATOR",
      entitas: "Indikator",
      entitasId: created.id,
      data: { rhkId, ...data, targetMin: angkaTersimpan(data.targetMin), targetMax: angkaTersimpan(data.targetMax) },
    });
  }
  return ids;
}
