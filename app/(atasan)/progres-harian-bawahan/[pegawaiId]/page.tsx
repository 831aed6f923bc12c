import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { RekapLinks } from "@/components/progres-harian/rekap-links";
import { NotFoundError, nullOnNotFound } from "@/lib/domain/errors";
import { awalMinggu } from "@/lib/domain/hari-kerja";
import { formatNip } from "@/lib/domain/nip";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { parseMingguParam } from "@/lib/domain/progres-harian-verifikasi";
import { toIsoDate } from "@/lib/domain/tanggal";
import { firstParam, parseUuidParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { getProgresHarianBawahanMinggu } from "@/lib/server/queries/progres-harian-bawahan-minggu";
import { MingguNav } from "../minggu-nav";
import { MingguVerifikasi } from "./minggu-verifikasi";

type Props = { params: Promise<{ pegawaiId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The week asked for, in the actor's zone; the same answer for the title and the page. */
const muatMinggu = cache(async (pegawaiId: string, mingguParam: string | undefined) => {
  const actor = await requireActor();
  const hariIni = toIsoDate(hariIniDi(actor.zonaWaktu, new Date()));
  const senin = parseMingguParam(mingguParam, hariIni);
  const data = await getProgresHarianBawahanMinggu(actor, pegawaiId, senin, hariIni);
  return { hariIni, senin, data };
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const pegawaiId = parseUuidParam((await params).pegawaiId);
  const minggu = pegawaiId ? await muatMinggu(pegawaiId, firstParam((await searchParams).minggu)).catch(nullOnNotFound) : null;
  return { title: minggu ? `Progres Harian · ${minggu.data.pegawai.nama}` : "Progres Harian Bawahan" };
}

export default async function ProgresHarianBawahanDetailPage({ params, searchParams }: Props) {
  const pegawaiId = parseUuidParam((await params).pegawaiId);
  if (!pegawaiId) notFound();
  const { hariIni, senin, data } = await muatMinggu(pegawaiId, firstParam((await searchParams).minggu)).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const mingguIni = awalMinggu(hariIni);
  const base = `/progres-harian-bawahan/${pegawaiId}`;
  const kembali = senin === mingguIni ? "/progres-harian-bawahan" : `/progres-harian-bawahan?minggu=${senin}`;

  return (
    <>
      <BackLink href={kembali} ke="Progres Harian Bawahan" />
      <PageHeader
        title={data.pegawai.nama}
        description={`NIP ${formatNip(data.pegawai.nip)} · ${data.pegawai.jabatan}`}
        actions={<RekapLinks pegawaiId={pegawaiId} tanggal={senin} nama={data.pegawai.nama} />}
      />
      <MingguNav senin={senin} hariKerja={data.hariKerjaPerMinggu} hrefFor={(m) => (m === mingguIni ? base : `${base}?minggu=${m}`)} mingguIni={mingguIni} />
      <MingguVerifikasi data={data} />
    </>
  );
}
