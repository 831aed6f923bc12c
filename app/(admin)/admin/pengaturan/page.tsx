import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/server/auth";
import { getPengaturan } from "@/lib/server/queries/admin-pengaturan";
import { PengaturanForm } from "./pengaturan-form";

export const metadata: Metadata = { title: "Pengaturan Instansi" };

export default async function AdminPengaturanPage() {
  const actor = await requireActor();
  if (!actor.isAdmin) return null;
  const pengaturan = await getPengaturan(actor);
  return (
    <>
      <PageHeader title="Pengaturan Instansi" description={pengaturan.nama} />
      <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <PengaturanForm
          initial={{
            modeKurva: pengaturan.modeKurva,
            lokasi: pengaturan.lokasi,
            hariKerjaPerMinggu: pengaturan.hariKerjaPerMinggu === 6 ? "6" : "5",
            targetJamHarian: pengaturan.targetJamHarian.replace(".", ","),
            zonaWaktu: pengaturan.zonaWaktu,
            kirimSiasnOtomatis: pengaturan.kirimSiasnOtomatis,
          }}
        />
      </div>
    </>
  );
}
