import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { HasilAksi } from "@/components/hasil-aksi";
import { Notice } from "@/components/notice";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { buttonClass } from "@/components/skp/form-field";
import { SkpHeader } from "@/components/skp/skp-header";
import { STATUS } from "@/lib/domain/labels";
import { NotFoundError, nullOnNotFound } from "@/lib/domain/errors";
import { alasanRatingHasilUnit, bulanPeriode, ratingHasilDariCapaian } from "@/lib/domain/penilaian-atasan";
import { BERAKHLAK } from "@/lib/domain/berakhlak";
import { formatTanggal } from "@/lib/domain/tanggal";
import { formatWaktuDi } from "@/lib/domain/zona-waktu";
import { parseUuidParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { getPenilaianBawahan } from "@/lib/server/queries/penilaian-bawahan-detail";
import { BukaKembaliButton } from "./buka-kembali-button";
import { RatingForm } from "./rating-form";

type Props = { params: Promise<{ skpId: string; periodeId: string }> };

// One load for the title and the page, so the title names only whom the page would show.
const muatPenilaian = cache(async (skpId: string, periodeId: string) => getPenilaianBawahan(await requireActor(), skpId, periodeId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const raw = await params;
  const skpId = parseUuidParam(raw.skpId);
  const periodeId = parseUuidParam(raw.periodeId);
  const d = skpId && periodeId ? await muatPenilaian(skpId, periodeId).catch(nullOnNotFound) : null;
  return { title: d ? `Penilaian ${d.periode.label} ${d.skp.tahun} · ${d.skp.snapshot.pegawai?.nama ?? "pegawai"}` : "Penilaian Bawahan" };
}

export default async function PenilaianBawahanDetailPage({ params }: Props) {
  const actor = await requireActor();
  const raw = await params;
  const skpId = parseUuidParam(raw.skpId);
  const periodeId = parseUuidParam(raw.periodeId);
  if (!skpId || !periodeId) notFound();
  const d = await muatPenilaian(skpId, periodeId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  // The pegawai reads their own evaluation on their Penilaian page.
  if (d.skp.pegawaiId === actor.id) redirect(`/penilaian/${skpId}/${periodeId}`);

  const final = d.status === "FINAL";
  const nama = d.skp.snapshot.pegawai?.nama ?? "pegawai";
  const { dipimpin, capaianDipimpin } = d.dinilai;
  const hasilTerkunci = dipimpin ? alasanRatingHasilUnit(dipimpin, capaianDipimpin) : null;
  const ratingHasil = dipimpin ? (capaianDipimpin ? ratingHasilDariCapaian(capaianDipimpin) : "") : (d.penilaian?.ratingHasil ?? "");
  const ubRhk = new Map(d.rhk.map((r) => [r.id, r.umpanBalik]));
  const ubPerilaku = new Map(d.umpanBalikPerilaku.map((u) => [u.coreValue, u]));
  const dibukaKembali = !final && d.riwayat[0]?.ke === "DRAFT" ? d.riwayat[0] : null;

  return (
    <>
      <BackLink href={`/penilaian-bawahan?periode=${d.periode.id}`} ke="Penilaian Bawahan" />
      <PageHeader
        title={`Penilaian ${nama}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            {d.periode.label} {d.skp.tahun} · {formatTanggal(d.periode.awal)} – {formatTanggal(d.periode.akhir)}
            <StatusBadge status={STATUS.penilaian[d.status]} />
          </span>
        }
        actions={
          // The penilai sees this year in the bawahan's angka kredit history (skpTerlihat).
          d.sayaPenilai && d.fungsional ? (
            <Link href={`/angka-kredit/${d.skp.pegawaiId}`} className={buttonClass.secondary}>Riwayat angka kredit</Link>
          ) : null
        }
      />
      <div className="space-y-6">
        {/* Where Finalkan and Buka kembali land: focus moves here after either. */}
        <HasilAksi id="hasil-penilaian" kunci={d.status} className="empty:hidden">
          {!d.sayaPenilai ? (
            <Notice title="Anda bukan pejabat penilai SKP ini.">Penilaian hanya dapat diisi oleh pejabat penilai yang tercatat pada SKP.</Notice>
          ) : final ? (
            <Notice title={`Penilaian sudah final${d.penilaian?.finalizedAt ? ` sejak ${formatWaktuDi(actor.zonaWaktu, d.penilaian.finalizedAt)}` : ""}.`}>
              Pegawai dapat melihat umpan balik dan predikatnya.{" "}
              {d.tahunTerbuka ? "Anda masih dapat membukanya kembali selama tahun penilaian belum ditutup." : "Tahun penilaian sudah ditutup."}
            </Notice>
          ) : !d.tahunTerbuka ? (
            <Notice tone="warning" title={`Tahun ${d.skp.tahun} sudah ditutup.`}>Penilaian tidak dapat diubah lagi.</Notice>
          ) : dibukaKembali ? (
            <Notice title={`Penilaian dibuka kembali oleh ${dibukaKembali.aktorNama} pada ${formatWaktuDi(actor.zonaWaktu, dibukaKembali.createdAt)}.`}>
              Statusnya Draft: pegawai tidak melihat predikat sampai penilaian difinalkan lagi.
            </Notice>
          ) : null}
        </HasilAksi>
        <SkpHeader snapshot={d.skp.snapshot} periodeAwal={d.periode.awal} periodeAkhir={d.periode.akhir} />
        <RatingForm
          readOnly={!d.sayaPenilai || final || !d.tahunTerbuka}
          defaults={{
            skpId,
            periodeId,
            version: d.version,
            ratingHasil,
            ratingPerilaku: d.penilaian?.ratingPerilaku ?? "",
            catatan: d.penilaian?.catatan ?? "",
            umpanBalikRhk: d.rhk.map((r) => ({ rhkId: r.id, reaksi: (ubRhk.get(r.id)?.reaksi ?? "") as "", teks: ubRhk.get(r.id)?.teks ?? "" })),
            umpanBalikPerilaku: BERAKHLAK.map((v) => ({
              coreValue: v.coreValue,
              reaksi: (ubPerilaku.get(v.coreValue)?.reaksi ?? "") as "",
              teks: ubPerilaku.get(v.coreValue)?.teks ?? "",
            })),
          }}
          rhk={d.rhk}
          ekspektasi={Object.fromEntries(d.ekspektasi.map((e) => [e.coreValue, e.teks]))}
          hasilTerkunci={hasilTerkunci}
          kurva={d.kurva.unit ? { unitNama: d.kurva.unit.nama, capaian: d.kurva.unit.capaian, modeKurva: d.kurva.modeKurva, predikatLain: d.kurva.predikatLain } : null}
          belumDapatDifinalkan={d.belumDapatDifinalkan}
          angkaKredit={d.jenjangFungsional ? { jenjang: d.jenjangFungsional, bulan: d.periode.jenis === "TAHUNAN" ? 12 : bulanPeriode(d.periode.awal, d.periode.akhir) } : null}
          footer={
            final ? (
              <div className="flex flex-wrap items-start gap-3">
                {d.penilaianId ? (
                  <>
                    <a href={`/api/penilaian/${d.penilaianId}/evaluasi`} className={buttonClass.secondary}>Cetak Evaluasi</a>
                    <a href={`/api/penilaian/${d.penilaianId}/dokumen`} className={buttonClass.secondary}>Cetak Dokumen Evaluasi</a>
                  </>
                ) : null}
                {d.sayaPenilai && d.tahunTerbuka ? <BukaKembaliButton skpId={skpId} periodeId={periodeId} version={d.version} /> : null}
              </div>
            ) : null
          }
        />
        {!final && d.penilaianId ? (
          // A draft prints what is saved so far, watermarked KONSEP and undated, for checking before Finalkan.
          <section aria-labelledby="cetak-konsep" className="space-y-2">
            <h2 id="cetak-konsep" className="text-lg font-semibold text-slate-900">Cetak konsep</h2>
            <p className="text-sm text-slate-600">Konsep memuat isian yang sudah disimpan, bertanda KONSEP dan tanpa tanggal tanda tangan.</p>
            <div className="flex flex-wrap gap-3">
              <a href={`/api/penilaian/${d.penilaianId}/evaluasi`} className={buttonClass.secondary}>Cetak Konsep Evaluasi</a>
              <a href={`/api/penilaian/${d.penilaianId}/dokumen`} className={buttonClass.secondary}>Cetak Konsep Dokumen Evaluasi</a>
            </div>
          </section>
        ) : null}
        {d.riwayat.length > 0 ? (
          <section aria-labelledby="riwayat-penilaian">
            <h2 id="riwayat-penilaian" className="mb-2 text-lg font-semibold text-slate-900">Riwayat</h2>
            <ol className="space-y-2 text-sm">
              {d.riwayat.map((r) => (
                <li key={r.id}>
                  <span className="font-medium">{r.aktorNama}</span> {r.ke === "FINAL" ? "memfinalkan penilaian" : "membuka kembali penilaian"} ·{" "}
                  <time dateTime={r.createdAt.toISOString()} className="text-slate-500">{formatWaktuDi(actor.zonaWaktu, r.createdAt)}</time>
                  {r.catatan ? <p className="text-slate-600">{r.catatan}</p> : null}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>
    </>
  );
}
