import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { navigationFor } from "@/lib/navigation";
import { requireActor } from "@/lib/server/auth";
import { getHitunganMenu } from "@/lib/server/queries/tugas";

export default async function PegawaiLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const nav = navigationFor(actor, await getHitunganMenu(actor));
  return (
    <AppShell user={{ nama: actor.nama, nip: actor.nip }} nav={nav} notifikasiBelumDibaca={actor.notifikasiBelumDibaca}>
      {children}
    </AppShell>
  );
}
