import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import Link from "next/link";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/skp/form-field";
import { UnduhDataLink } from "@/components/unduh-data-link";
import { StatusBadge } from "@/components/status-badge";
import { formatNip } from "@/lib/domain/nip";
import { parseUuidParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { getPegawaiForAdmin } from "@/lib/server/queries/admin-pegawai";
import { listUnitOptions } from "@/lib/server/queries/admin-unit";
import { AkunPanel } from "./akun-panel";
import { AtasanPanel } from "./atasan-panel";
import { PegawaiEditForm } from "./pegawai-edit-form";

type Props = { params: Promise<{ id: string }> };

// One load for the title and the page; another instansi's pegawai is null for both.
const muatPegawai = cache(async (id: string) => {
  const actor = await requireActor();
  return actor.isAdmin ? getPegawaiForAdmin(actor, id) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseUuidParam((await params).id);
  const pegawai = id ? await muatPegawai(id) : null;
  return { title: pegawai ? `${pegawai.namaLengkap} · Data Pegawai` : "Data Pegawai" };
}

export default async function AdminPegawaiDetailPage({ params }: Props) {
  const actor = await requireActor();
  if (!actor.isAdmin) return null;
  const id = parseUuidParam((await params).id);
  // Any id that is not a pegawai of this admin's instansi is simply not found.
  if (!id) notFound();
  const [pegawai, units] = await Promise.all([muatPegawai(id), listUnitOptions(actor)]);
  if (!pegawai) notFound();

  return (
    <>
      <BackLink href="/admin/pegawai" ke="daftar pegawai" />
      <PageHeader
        title={pegawai.namaLengkap}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono">{formatNip(pegawai.nip)}</span>
            {pegawai.aktif ? <StatusBadge tone="success">Aktif</StatusBadge> : <StatusBadge>Nonaktif</StatusBadge>}
            {pegawai.isAdmin ? <StatusBadge tone="info">Admin instansi</StatusBadge> : null}
            {pegawai.memimpin ? <StatusBadge tone="info">Pimpinan {pegawai.memimpin}</StatusBadge> : null}
          </span>
        }
        actions={
          <>
            {pegawai.form.jenisJabatan === "FUNGSIONAL" ? (
              <Link href={`/angka-kredit/${pegawai.id}`} className={buttonClass.secondary}>Angka Kredit</Link>
            ) : null}
            <UnduhDataLink pegawaiId={pegawai.id}>Unduh data pegawai (ZIP)</UnduhDataLink>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="data-pegawai" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="data-pegawai" className="mb-4 text-lg font-semibold text-slate-900">Data pegawai</h2>
          <PegawaiEditForm pegawaiId={pegawai.id} version={pegawai.version} initial={pegawai.form} units={units} />
        </section>
        <div className="space-y-6">
          <AtasanPanel pegawai={pegawai} />
          <AkunPanel pegawai={{ id: pegawai.id, nip: pegawai.nip, version: pegawai.version, aktif: pegawai.aktif, isAdmin: pegawai.isAdmin, diriSendiri: pegawai.id === actor.id }} />
        </div>
      </div>
    </>
  );
}
