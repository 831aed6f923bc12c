import "server-only";
import type { JenisNotifikasi } from "@/lib/generated/prisma/enums";
import { JENIS_NOTIFIKASI, saluranUntuk } from "@/lib/domain/notifikasi";
import type { Tx } from "@/lib/server/db";
import { db } from "@/lib/server/db";
import { bacaTokenBerhenti, type YangDihentikan } from "./tautan-berhenti";

export type TujuanBerhenti = { pegawaiId: string; instansiId: string; nama: string; yang: YangDihentikan; label: string; jenis: JenisNotifikasi[] };

/**
 * Who and what a turn-off token stops, read without changing anything (the page's GET: mail
 * scanners open links). "RINGKASAN" means every kind that currently goes in the 07.00 digest.
 */
export async function tujuanBerhenti(token: string, client: Tx = db): Promise<TujuanBerhenti | null> {
  const dibaca = bacaTokenBerhenti(token);
  if (!dibaca) return null;
  const pegawai = await client.pegawai.findFirst({
    where: { id: dibaca.pegawaiId, aktif: true },
    select: { id: true, instansiId: true, nama: true, preferensiNotifikasi: { select: { jenis: true, saluran: true } } },
  });
  if (!pegawai) return null;
  const pilihan = new Map(pegawai.preferensiNotifikasi.map((p) => [p.jenis, p.saluran]));
  const jenis =
    dibaca.jenis === "RINGKASAN"
      ? (Object.keys(JENIS_NOTIFIKASI) as JenisNotifikasi[]).filter((j) => saluranUntuk(j, pilihan) === "RINGKASAN_HARIAN")
      : saluranUntuk(dibaca.jenis, pilihan) === "APLIKASI"
        ? []
        : [dibaca.jenis];
  const label = dibaca.jenis === "RINGKASAN" ? "Ringkasan harian (07.00)" : JENIS_NOTIFIKASI[dibaca.jenis].label;
  return { pegawaiId: pegawai.id, instansiId: pegawai.instansiId, nama: pegawai.nama, yang: dibaca.jenis, label, jenis };
}
