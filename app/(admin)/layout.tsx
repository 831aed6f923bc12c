import Link from "next/link";
import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { Notice } from "@/components/notice";
import { PageHeader } from "@/components/page-header";
import { navigationFor } from "@/lib/navigation";
import { requireActor } from "@/lib/server/auth";
import { getHitunganMenu } from "@/lib/server/queries/tugas";

/**
 * Non-admins get a plain explanation instead of the page. This is for the visitor; the admin
 * queries and actions check the role again themselves.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const nav = navigationFor(actor, await getHitunganMenu(actor));
  return (
    <AppShell user={{ nama: actor.nama, nip: actor.nip }} nav={nav} notifikasiBelumDibaca={actor.notifikasiBelumDibaca}>
      {actor.isAdmin ? children : <AksesDitolak />}
    </AppShell>
  );
}

function AksesDitolak() {
  return (
    <>
      <PageHeader title="Akses ditolak" />
      <Notice tone="warning" title="Halaman ini hanya untuk admin instansi.">
        <p>
          Akun Anda tidak memiliki peran admin instansi. Bila Anda memerlukan akses ini, minta admin instansi Anda untuk
          menambahkannya.
        </p>
      </Notice>
      <p className="mt-6">
        <Link href="/beranda" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
          Kembali ke Beranda
        </Link>
      </p>
    </>
  );
}
