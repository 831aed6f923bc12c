import { CetakSkpLink } from "@/components/skp/cetak-skp-link";
import type { Metadata } from "next";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { Notice } from "@/components/notice";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { UnduhDataLink } from "@/components/unduh-data-link";
import { LampiranList } from "@/components/skp/lampiran-list";
import { PerilakuTable } from "@/components/skp/perilaku-table";
import { RhkTable } from "@/components/skp/rhk-table";
import { canUbahJenisRhkTim } from "@/lib/domain/tim-kerja";
import type { RhkDetail } from "@/lib/server/queries/skp";
import { JenisRhkTimButton } from "./jenis-rhk-tim-button";
import { SkpHeader } from "@/components/skp/skp-header";
import { SkpStatusBadge } from "@/components/skp/skp-status-badge";
import { SkpTimeline } from "@/components/skp/skp-timeline";
import { BERAKHLAK } from "@/lib/domain/berakhlak";
import { NotFoundError, nullOnNotFound } from "@/lib/domain/errors";
import { isSkpOwner, isSkpPenilai } from "@/lib/domain/permissions";
import { reviewRefusal } from "@/lib/domain/review-rules";
import { formatTanggal } from "@/lib/domain/tanggal";
import { parseUuidParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { getSkpDetail } from "@/lib/server/queries/skp";
import { EkspektasiField, EkspektasiForm } from "./ekspektasi-form";
import { ReviewPanel } from "./review-panel";

type Props = { params: Promise<{ skpId: string }> };

// One load for the title and the page, so the title names only whom the page would show.
const muatSkp = cache(async (id: string) => getSkpDetail(await requireActor(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseUuidParam((await params).skpId);
  const skp = id ? await muatSkp(id).catch(nullOnNotFound) : null;
  return { title: skp ? `SKP ${skp.tahun} · ${skp.snapshot.pegawai?.nama ?? "pegawai"}` : "SKP Bawahan" };
}

export default async function SkpBawahanDetailPage({ params }: Props) {
  const actor = await requireActor();
  const skpId = parseUuidParam((await params).skpId);
  if (!skpId) notFound();
  const skp = await muatSkp(skpId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const ref = { pegawaiId: skp.pegawaiId, penilaiId: skp.penilaiId, status: skp.status, instansiId: skp.instansiId };
  // The owner has their own page with the edit controls.
  if (isSkpOwner(actor, ref)) redirect(`/skp/${skp.id}`);

  const namaPegawai = skp.snapshot.pegawai?.nama ?? "pegawai";
  const bolehMemutus = reviewRefusal(actor, ref, "kembalikan") === null || reviewRefusal(actor, ref, "setujui") === null;
  const bukanPenilai = reviewRefusal(actor, ref, "setujui")?.reason === "bukanPenilai";
  const bolehEkspektasi = reviewRefusal(actor, ref, "ekspektasi") === null;
  const bolehJenisRhkTim = canUbahJenisRhkTim(actor, ref);
  const namaByValue = new Map(BERAKHLAK.map((v) => [v.coreValue, v.nama]));

  return (
    <>
      <BackLink href="/skp-bawahan" ke="SKP Bawahan" />
      <PageHeader
        title={`SKP ${namaPegawai}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            Tahun {skp.tahun} · {formatTanggal(skp.periodeAwal)} – {formatTanggal(skp.periodeAkhir)}
            <SkpStatusBadge status={skp.statusTampil} />
          </span>
        }
        actions={
          <>
            <CetakSkpLink skpId={skp.id} />
            {/* The download holds only the years this atasan rated; this SKP is one of them. */}
            {isSkpPenilai(actor, ref) ? <UnduhDataLink pegawaiId={skp.pegawaiId}>Unduh data bawahan (ZIP)</UnduhDataLink> : null}
          </>
        }
      />

      <div className="space-y-8">
        {bukanPenilai ? (
          <Notice title="Anda bukan pejabat penilai SKP ini.">
            Anda dapat melihat SKP ini, tetapi keputusan dan ekspektasi khusus hanya dapat dibuat oleh pejabat penilai yang tercatat
            pada SKP{skp.snapshot.penilai ? ` (${skp.snapshot.penilai.nama})` : ""}.
          </Notice>
        ) : bolehMemutus || skp.status === "DRAFT" ? (
          <ReviewPanel skpId={skp.id} version={skp.version} status={skp.status} namaPegawai={namaPegawai} />
        ) : null}

        <SkpHeader snapshot={skp.snapshot} periodeAwal={skp.periodeAwal} periodeAkhir={skp.periodeAkhir} />

        <section aria-labelledby="hasil-kerja">
          <h2 id="hasil-kerja" className="mb-3 text-lg font-semibold text-slate-900">Hasil Kerja</h2>
          <RhkTable
            layout={skp.layout}
            rhkUtama={skp.rhkUtama}
            rhkTambahan={skp.rhkTambahan}
            {...(bolehJenisRhkTim
              ? { renderRhkActions: (rhk: RhkDetail) => (rhk.peranTimId ? <JenisRhkTimButton skpId={skp.id} version={skp.version} rhkId={rhk.id} jenis={rhk.jenis} teks={rhk.teks} /> : null) }
              : {})}
          />
        </section>

        <section aria-labelledby="perilaku-kerja">
          <h2 id="perilaku-kerja" className="mb-1 text-lg font-semibold text-slate-900">Perilaku Kerja</h2>
          {bolehEkspektasi ? (
            <>
              <p className="mb-3 text-sm text-slate-600">
                Sebagai pejabat penilai, Anda dapat menambahkan ekspektasi khusus untuk setiap nilai BerAKHLAK sampai SKP disetujui.
              </p>
              <EkspektasiForm skpId={skp.id} version={skp.version} ekspektasi={skp.ekspektasi}>
                <PerilakuTable
                  ekspektasi={skp.ekspektasi}
                  renderEkspektasi={(coreValue) => <EkspektasiField coreValue={coreValue} nama={namaByValue.get(coreValue) ?? coreValue} />}
                />
              </EkspektasiForm>
            </>
          ) : (
            <div className="mt-3">
              <PerilakuTable ekspektasi={skp.ekspektasi} />
            </div>
          )}
        </section>

        <section aria-labelledby="lampiran-skp">
          <h2 id="lampiran-skp" className="mb-3 text-lg font-semibold text-slate-900">Lampiran SKP</h2>
          <LampiranList lampiran={skp.lampiran} />
        </section>

        <section aria-labelledby="riwayat-skp">
          <h2 id="riwayat-skp" className="mb-3 text-lg font-semibold text-slate-900">Riwayat</h2>
          <SkpTimeline riwayat={skp.riwayat} zona={actor.zonaWaktu} />
        </section>
      </div>
    </>
  );
}
