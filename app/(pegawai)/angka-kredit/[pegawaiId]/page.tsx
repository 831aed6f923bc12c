import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { NotFoundError, nullOnNotFound } from "@/lib/domain/errors";
import { formatNip } from "@/lib/domain/nip";
import { parseUuidParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { getAngkaKreditPegawai } from "@/lib/server/queries/angka-kredit";
import { RiwayatAngkaKreditView } from "../riwayat-angka-kredit-view";

type Props = { params: Promise<{ pegawaiId: string }> };

// One load for the title and the page, so the title names only a pegawai the actor may see.
const muatAngkaKredit = cache(async (pegawaiId: string) => getAngkaKreditPegawai(await requireActor(), pegawaiId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pegawaiId = parseUuidParam((await params).pegawaiId);
  const data = pegawaiId ? await muatAngkaKredit(pegawaiId).catch(nullOnNotFound) : null;
  return { title: data ? `Angka Kredit · ${data.pegawai.nama}` : "Angka Kredit Pegawai" };
}

/** A bawahan's years for the atasan who rated them (skpTerlihat), or every year for the admin of their instansi. */
export default async function AngkaKreditPegawaiPage({ params }: Props) {
  const actor = await requireActor();
  const pegawaiId = parseUuidParam((await params).pegawaiId);
  if (!pegawaiId) notFound();
  if (pegawaiId === actor.id) redirect("/angka-kredit");
  const data = await muatAngkaKredit(pegawaiId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  // A former penilai (who still sees the years they rated) finds the pegawai under Penilaian Bawahan.
  const kembali =
    data.pegawai.atasanId === actor.id
      ? { href: "/bawahan", label: "Pegawai Bawahan" }
      : actor.isAdmin
        ? { href: `/admin/pegawai/${pegawaiId}`, label: "Data pegawai" }
        : { href: "/penilaian-bawahan", label: "Penilaian Bawahan" };
  return (
    <>
      <BackLink href={kembali.href} ke={kembali.label} />
      <PageHeader title={`Angka Kredit ${data.pegawai.nama}`} description={`${formatNip(data.pegawai.nip)} · ${data.pegawai.jabatan}`} />
      <RiwayatAngkaKreditView data={data} sendiri={false} />
    </>
  );
}
