import type { Metadata } from "next";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/server/auth";
import { listUnitOptions } from "@/lib/server/queries/admin-unit";
import { PegawaiCreateForm } from "./pegawai-create-form";

export const metadata: Metadata = { title: "Tambah Pegawai" };

export default async function TambahPegawaiPage() {
  const actor = await requireActor();
  if (!actor.isAdmin) return null;
  const units = await listUnitOptions(actor);
  return (
    <>
      <BackLink href="/admin/pegawai" ke="daftar pegawai" />
      <PageHeader title="Tambah Pegawai" description="Pegawai baru masuk dengan NIP dan kata sandi sementara yang ditampilkan sekali setelah disimpan." />
      <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <PegawaiCreateForm units={units} />
      </div>
    </>
  );
}
