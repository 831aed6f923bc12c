import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { Notice } from "@/components/notice";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { NotFoundError, nullOnNotFound } from "@/lib/domain/errors";
import { alasanPengisianDitutup, isStatusTerbuka } from "@/lib/domain/pelaksanaan-pengisian";
import { formatPeriodeSkp } from "@/lib/domain/skp-periode";
import { formatTanggal } from "@/lib/domain/tanggal";
import { parseUuidParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { getRollupProgresHarian, type RollupProgresHarian } from "@/lib/server/progres-harian/rollup-penilaian";
import { getPelaksanaan, type PelaksanaanRhk } from "@/lib/server/queries/pelaksanaan";
import { PengisianBadge } from "../../pengisian-badge";
import { HasilPenilaian } from "./hasil-penilaian";
import { RhkCard } from "./rhk-card";
import { SalinRencanaAksiButton } from "./salin-rencana-aksi-button";

type Params = { skpId: string; periodeId: string };

// One load for the title and the page, so the title names only what the page would show.
const muatPelaksanaan = cache(async (skpId: string, periodeId: string) => getPelaksanaan(await requireActor(), skpId, periodeId));

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const raw = await params;
  const skpId = parseUuidParam(raw.skpId);
  const periodeId = parseUuidParam(raw.periodeId);
  const data = skpId && periodeId ? await muatPelaksanaan(skpId, periodeId).catch(nullOnNotFound) : null;
  if (!data) return { title: "Pelaksanaan Kinerja" };
  // Only the owner reaches this page, so the name is the actor's own.
  return { title: `Penilaian ${data.periode.label} ${data.skp.tahun} · ${(await requireActor()).nama}` };
}

export default async function PelaksanaanPage({ params }: { params: Promise<Params> }) {
  const raw = await params;
  const skpId = parseUuidParam(raw.skpId);
  const periodeId = parseUuidParam(raw.periodeId);
  if (!skpId || !periodeId) notFound();
  const actor = await requireActor();
  const data = await muatPelaksanaan(skpId, periodeId).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const { periode, pengisian } = data;
  const progres = await getRollupProgresHarian(actor, data.skp.id, periode.awal, periode.akhir);
  const editable = isStatusTerbuka(pengisian);
  const alasan = alasanPengisianDitutup(pengisian, periode.label);
  const utama = data.rhk.filter((r) => r.jenis === "UTAMA");
  const tambahan = data.rhk.filter((r) => r.jenis === "TAMBAHAN");

  return (
    <>
      <BackLink href="/penilaian" ke="Penilaian" />
      <PageHeader
        title={`${periode.label} ${data.skp.tahun}`}
        description={`${formatTanggal(periode.awal)} – ${formatTanggal(periode.akhir)} · Batas pengisian ${formatTanggal(periode.batasPengisian)} · SKP ${formatPeriodeSkp(data.skp)}`}
        actions={<PengisianBadge status={pengisian} />}
      />
      <div className="space-y-6">
        {pengisian.kind === "dibuka-kembali" ? (
          <Notice title={`Pengisian dibuka kembali untuk Anda sampai ${formatTanggal(pengisian.hingga)}`}>
            Admin instansi membuka kembali pengisian periode ini. Lengkapi isian sebelum tanggal tersebut.
          </Notice>
        ) : null}
        {alasan ? (
          <Notice tone={pengisian.kind === "final" ? "info" : "warning"} title={pengisian.kind === "final" ? "Penilaian sudah final" : "Pengisian ditutup"}>
            {alasan} Isian di bawah hanya dapat dibaca.
          </Notice>
        ) : null}
        {data.hasil ? <HasilPenilaian hasil={data.hasil} zona={actor.zonaWaktu} /> : null}
        {editable && data.periodeSebelumnya ? (
          <SalinRencanaAksiButton skpId={data.skp.id} periodeId={periode.id} dari={data.periodeSebelumnya} />
        ) : null}
        <RhkGroup judul="A. Hasil Kerja Utama" prefix="RHK Utama" rows={utama} skpId={data.skp.id} periodeId={periode.id} editable={editable} progres={progres} />
        {tambahan.length > 0 ? (
          <RhkGroup judul="B. Hasil Kerja Tambahan" prefix="RHK Tambahan" rows={tambahan} skpId={data.skp.id} periodeId={periode.id} editable={editable} progres={progres} />
        ) : null}
      </div>
    </>
  );
}

type GroupProps = { judul: string; prefix: string; rows: PelaksanaanRhk[]; skpId: string; periodeId: string; editable: boolean; progres: RollupProgresHarian };

function RhkGroup({ judul, prefix, rows, skpId, periodeId, editable, progres }: GroupProps) {
  return (
    <section aria-label={judul} className="space-y-4">
      <h2 className="text-lg font-semibold text-slate-900">{judul}</h2>
      {rows.length === 0 ? <p className="text-sm text-slate-600">Tidak ada RHK.</p> : null}
      {rows.map((rhk, i) => (
        <RhkCard key={rhk.id} rhk={rhk} nomor={`${prefix} ${i + 1}`} skpId={skpId} periodeId={periodeId} editable={editable} progres={progres} />
      ))}
    </section>
  );
}
