import type { Metadata } from "next";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/server/auth";
import { getProfil, listUnitTerkecil } from "@/lib/server/queries/profil";
import { EditProfilForm } from "./edit-profil-form";

export const metadata: Metadata = { title: "Ubah Profil" };

export default async function EditProfilPage() {
  const actor = await requireActor();
  const [p, terkecil] = await Promise.all([getProfil(actor), listUnitTerkecil(actor)]);
  // The current unit and the unit one leads stay choosable even when they are not the smallest.
  const extra = [
    p.unitId && p.unitPath ? { id: p.unitId, path: p.unitPath } : null,
    p.memimpin && p.memimpinPath ? { id: p.memimpin.id, path: p.memimpinPath } : null,
  ].filter((u): u is { id: string; path: string } => u !== null && !terkecil.some((t) => t.id === u.id));
  const units = [...terkecil, ...extra].sort((a, b) => a.path.localeCompare(b.path, "id"));

  return (
    <>
      <BackLink href="/profil" ke="Profil" />
      <PageHeader
        title="Ubah Profil"
        description="Perbarui unit kerja, jabatan, dan pangkat/golongan terbaru Anda. Pilih unit kerja terkecil tempat Anda bekerja."
      />
      <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <EditProfilForm
          units={units}
          jenisPegawai={p.jenisPegawai}
          golonganTersimpan={p.golongan}
          defaults={{ unitId: p.unitId ?? "", jabatan: p.jabatan, golongan: p.golongan ?? "", version: p.version }}
        />
      </div>
    </>
  );
}
