import { CetakSkpLink } from "@/components/skp/cetak-skp-link";
import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { HasilAksi } from "@/components/hasil-aksi";
import { Notice } from "@/components/notice";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { SkpHeader } from "@/components/skp/skp-header";
import { SkpStatusBadge } from "@/components/skp/skp-status-badge";
import { SkpTimeline } from "@/components/skp/skp-timeline";
import { LABEL_LAYOUT_SKP, LABEL_PENDEKATAN, STATUS } from "@/lib/domain/labels";
import { NotFoundError, nullOnNotFound } from "@/lib/domain/errors";
import { PecahGarisMiring } from "@/components/pecah-garis-miring";
import { canEditSkp } from "@/lib/domain/permissions";
import { validateSkpForAjukan } from "@/lib/domain/skp-layout";
import { formatPeriodeSkp } from "@/lib/domain/skp-periode";
import { parseUuidParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { getAtasanRhkOptions, getSkpDetail } from "@/lib/server/queries/skp";
import { AjukanPanel } from "./ajukan-panel";
import { SkpIsi } from "./skp-isi";
import { SkpVersionProvider } from "./skp-version-context";

type Props = { params: Promise<{ id: string }> };

// One load for the title and the page, so the title names only what the page would show.
const muatSkp = cache(async (id: string) => getSkpDetail(await requireActor(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseUuidParam((await params).id);
  const skp = id ? await muatSkp(id).catch(nullOnNotFound) : null;
  return { title: skp ? `SKP ${skp.tahun} · ${skp.snapshot.pegawai?.nama ?? "Saya"}` : "Detail SKP" };
}

export default async function SkpDetailPage({ params }: Props) {
  const id = parseUuidParam((await params).id);
  if (!id) notFound();
  const actor = await requireActor();
  const skp = await muatSkp(id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const editable = canEditSkp(actor, skp);
  const atasanRhk = editable ? await getAtasanRhkOptions(actor, skp.id) : null;
  const kembali = skp.statusTampil === "DIKEMBALIKAN" ? skp.riwayat.find((r) => r.ke === "DRAFT") : undefined;
  const masalah = editable
    ? [
        ...(actor.atasanId ? [] : ["Atasan (pejabat penilai) Anda belum diatur; minta admin instansi mengaturnya."]),
        ...validateSkpForAjukan([...skp.rhkUtama, ...skp.rhkTambahan], skp.layout),
      ]
    : [];

  return (
    <SkpVersionProvider version={skp.version}>
      <BackLink href="/skp" ke="SKP Saya" />
      <PageHeader
        title={`SKP ${formatPeriodeSkp(skp)}`}
        description={<>Pendekatan {LABEL_PENDEKATAN[skp.pendekatan]} · Format <PecahGarisMiring teks={LABEL_LAYOUT_SKP[skp.layout]} /></>}
        actions={
          <span className="flex items-center gap-3">
            <SkpStatusBadge status={skp.statusTampil} />
            <CetakSkpLink skpId={skp.id} />
          </span>
        }
      />
      <div className="space-y-6">
        {kembali?.catatan ? (
          <Notice tone="danger" title={`${STATUS.skp.DIKEMBALIKAN.label} oleh ${kembali.aktorNama}`}>
            <p className="whitespace-pre-line">{kembali.catatan}</p>
            <p className="mt-1 text-xs">Perbaiki SKP sesuai catatan di atas, lalu ajukan kembali.</p>
          </Notice>
        ) : null}
        {skp.status === "PENGAJUAN" && skp.pegawaiId === actor.id ? (
          <HasilAksi id="hasil-skp" kunci={skp.status}>
            <Notice title={`${STATUS.skp.PENGAJUAN.label}: menunggu keputusan atasan`}>
              SKP sudah diajukan kepada {skp.snapshot.penilai?.nama ?? "atasan Anda"} dan tidak dapat diubah sampai disetujui atau
              dikembalikan ke Draft.
            </Notice>
          </HasilAksi>
        ) : null}
        {skp.status === "PERSETUJUAN" && skp.pegawaiId === actor.id ? (
          <Notice title={`${STATUS.skp.PERSETUJUAN.label}: SKP sudah disetujui atasan`}>SKP ini menjadi dasar penilaian kinerja Anda pada periode ini.</Notice>
        ) : null}

        <SkpHeader snapshot={skp.snapshot} periodeAwal={skp.periodeAwal} periodeAkhir={skp.periodeAkhir} />

        <SkpIsi
          skp={{ id: skp.id, layout: skp.layout, rhkUtama: skp.rhkUtama, rhkTambahan: skp.rhkTambahan, ekspektasi: skp.ekspektasi, lampiran: skp.lampiran }}
          atasanRhk={atasanRhk}
        />

        {editable ? <AjukanPanel skpId={skp.id} masalah={masalah} /> : null}

        <section aria-labelledby="riwayat" className="space-y-3">
          <h2 id="riwayat" className="text-lg font-semibold text-slate-900">Riwayat</h2>
          <SkpTimeline riwayat={skp.riwayat} zona={actor.zonaWaktu} />
        </section>
      </div>
    </SkpVersionProvider>
  );
}
