import "server-only";
import { periodeLabel } from "@/lib/domain/periode";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { formatTanggal } from "@/lib/domain/tanggal";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { namaLengkap } from "@/lib/server/queries/pegawai";
import { assertAdminOf } from "@/lib/server/queries/admin-scope";

/**
 * "/admin/buka-pengisian": the periode of the instansi's open years an admin can reopen, and
 * the reopenings still running (hingga today or later), soonest ending first.
 */
export async function getBukaPengisianPage(actor: Actor) {
  assertAdminOf(actor, actor.instansiId);
  const today = hariIniDi(actor.zonaWaktu, new Date());
  const [periode, dibuka] = await Promise.all([
    db.periodePenilaian.findMany({
      where: { tahun: { instansiId: actor.instansiId, terbuka: true } },
      orderBy: [{ tahun: { tahun: "desc" } }, { jenis: "asc" }, { urutan: "asc" }],
      select: { id: true, jenis: true, urutan: true, batasPengisian: true, tahun: { select: { tahun: true } } },
    }),
    db.penilaian.findMany({
      where: { pengisianDibukaHingga: { gte: today }, skp: { pegawai: { instansiId: actor.instansiId } } },
      orderBy: [{ pengisianDibukaHingga: "asc" }],
      select: {
        id: true,
        status: true,
        pengisianDibukaHingga: true,
        periode: { select: { jenis: true, urutan: true, batasPengisian: true, tahun: { select: { tahun: true } } } },
        skp: { select: { pegawai: { select: { nip: true, nama: true, gelarDepan: true, gelarBelakang: true } } } },
      },
    }),
  ]);
  return {
    periode: periode.map((p) => ({
      id: p.id,
      label: `${periodeLabel(p.jenis, p.urutan)} ${p.tahun.tahun}`,
      batas: formatTanggal(p.batasPengisian),
      lewat: p.batasPengisian < today,
    })),
    dibuka: dibuka.map((d) => ({
      id: d.id,
      status: d.status,
      nama: namaLengkap(d.skp.pegawai),
      nip: d.skp.pegawai.nip,
      periode: `${periodeLabel(d.periode.jenis, d.periode.urutan)} ${d.periode.tahun.tahun}`,
      batasAsli: d.periode.batasPengisian,
      hingga: d.pengisianDibukaHingga as Date,
    })),
  };
}
