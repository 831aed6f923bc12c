import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { navigationFor } from "@/lib/navigation";
import { requireActor } from "@/lib/server/auth";
import { getHitunganMenu } from "@/lib/server/queries/tugas";

/**
 * Pages an atasan works in. Anyone signed in may open them (a penilai whose bawahan moved away
 * still has SKP to decide on); every query and action checks the SKP's penilai itself.
 */
export default async function AtasanLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const nav = navigationFor(actor, await getHitunganMenu(actor));
  return (
    <AppShell user={{ nama: actor.nama, nip: actor.nip }} nav={nav} notifikasiBelumDibaca={actor.notifikasiBelumDibaca}>
      {children}
    </AppShell>
  );
}
