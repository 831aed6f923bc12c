import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Notice } from "@/components/notice";
import { SignOutButton } from "@/components/sign-out-button";
import { formatNip } from "@/lib/domain/nip";
import { getActorTermasukWajibGantiSandi } from "@/lib/server/auth";
import { GantiSandiForm } from "./ganti-sandi-form";

export const metadata: Metadata = { title: "Ganti kata sandi" };

/** Where every page sends someone still holding the temporary password an admin gave them. */
export default async function GantiSandiPage() {
  const hasil = await getActorTermasukWajibGantiSandi();
  if (!hasil) redirect("/masuk");
  if (!hasil.wajibGantiSandi) redirect("/profil#keamanan");
  const { actor } = hasil;

  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Buat kata sandi baru</h1>
      <p className="mt-1 mb-4 text-sm text-slate-600">
        {actor.nama} (NIP <span className="font-mono">{formatNip(actor.nip)}</span>)
      </p>
      <div className="mb-6">
        <Notice tone="warning" title="Kata sandi Anda diatur ulang oleh admin.">
          <p>Kata sandi sementara hanya untuk masuk sekali ini. Buat kata sandi Anda sendiri untuk melanjutkan.</p>
        </Notice>
      </div>
      <GantiSandiForm nip={actor.nip} mode="wajib" />
      <div className="mt-6 flex justify-center">
        <SignOutButton />
      </div>
    </>
  );
}
