import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireActor } from "@/lib/server/auth";
import { getNavigation } from "@/lib/server/navigation";

export default async function PegawaiLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const nav = await getNavigation(actor);
  return (
    <AppShell user={{ nama: actor.nama, nip: actor.nip }} nav={nav}>
      {children}
    </AppShell>
  );
}
