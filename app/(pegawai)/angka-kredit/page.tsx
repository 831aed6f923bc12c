import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/server/auth";
import { getAngkaKreditPegawai } from "@/lib/server/queries/angka-kredit";
import { RiwayatAngkaKreditView } from "./riwayat-angka-kredit-view";

export const metadata: Metadata = { title: "Angka Kredit" };

export default async function AngkaKreditPage() {
  const actor = await requireActor();
  const data = await getAngkaKreditPegawai(actor, actor.id);
  return (
    <>
      <PageHeader title="Angka Kredit" description="Angka kredit jabatan fungsional Anda dari predikat kinerja tiap periode dan tiap tahun." />
      <RiwayatAngkaKreditView data={data} sendiri />
    </>
  );
}
