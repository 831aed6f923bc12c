import { beforeAll, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { finalkanPenilaian } from "@/lib/server/actions/penilaian-atasan";
import { formatTanggal } from "@/lib/domain/tanggal";
import { db } from "@/lib/server/db";
import { buildPelaksanaanOrg, hariKe, type PelaksanaanOrg } from "./pelaksanaan-fixtures";

// Finalkan only once the periode is over: triwulan II of the fixtures ends in 5 days, triwulan I
// ended a month ago. The refusal names the first day it becomes possible, and writes nothing.
let org: PelaksanaanOrg;
beforeAll(async () => {
  org = await buildPelaksanaanOrg();
});

const isian = { ratingHasil: "SESUAI_EKSPEKTASI" as const, ratingPerilaku: "SESUAI_EKSPEKTASI" as const, catatan: "Pertahankan", umpanBalikRhk: [], umpanBalikPerilaku: [], konfirmasiKurva: true };
const penilaianOf = (periodeId: string) => db.penilaian.findUnique({ where: { skpId_periodeId: { skpId: org.skp.id, periodeId } } });

test("Finalkan before the periode has ended is refused with the date it becomes possible, and saves nothing", async () => {
  await actAs(org.atasan.id);
  const refused = await finalkanPenilaian({ skpId: org.skp.id, periodeId: org.tw2.id, version: 1, ...isian });
  expect(refused).toEqual({ ok: false, message: `Penilaian periode ini dapat difinalkan mulai ${formatTanggal(hariKe(6))}.` });
  // All or nothing: not even the ratings of the form were kept.
  expect(await penilaianOf(org.tw2.id)).toBeNull();
});

test("Finalkan after the periode has ended goes through", async () => {
  await actAs(org.atasan.id);
  const ok = await finalkanPenilaian({ skpId: org.skp.id, periodeId: org.tw1.id, version: 1, ...isian });
  expect(ok).toMatchObject({ ok: true, data: { status: "FINAL", predikat: "BAIK" } });
  expect(await penilaianOf(org.tw1.id)).toMatchObject({ status: "FINAL", finalizedById: org.atasan.id });
});
