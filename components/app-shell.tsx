import Link from "next/link";
import type { ReactNode } from "react";
import { formatNip } from "@/lib/domain/nip";
import type { NavGroup } from "@/lib/navigation";
import { NavLinks } from "@/components/nav-links";
import { NotifikasiBell } from "@/components/notifikasi-bell";
import { SignOutButton } from "@/components/sign-out-button";

type Props = { user: { nama: string; nip: string }; nav: NavGroup[]; notifikasiBelumDibaca: number; children: ReactNode };

/**
 * The frame of every signed-in page: top bar, sidebar on wide screens and a menu that folds
 * away on phones. The phone menu is a plain <details>, so it opens without JavaScript.
 */
export function AppShell({ user, nav, notifikasiBelumDibaca, children }: Props) {
  return (
    <div className="min-h-screen">
      <a
        href="#konten"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium text-blue-800 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Lewati ke konten utama
      </a>
      <header className="sticky top-0 z-40 border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4">
          <Link href="/beranda" className="shrink-0 rounded text-lg font-semibold tracking-tight whitespace-nowrap text-blue-800">
            e-Kinerja
          </Link>
          <div className="ml-auto flex min-w-0 items-center gap-3">
            <NotifikasiBell belumDibaca={notifikasiBelumDibaca} />
            <div className="min-w-0 text-right leading-tight">
              <p className="truncate text-sm font-medium text-slate-900">{user.nama}</p>
              {/* On a phone the bell takes the NIP's room; the name stays, the NIP is in Profil. */}
              <p className="hidden font-mono text-xs whitespace-nowrap text-slate-500 sm:block">
                NIP{" "}
                {formatNip(user.nip)}
              </p>
            </div>
            <SignOutButton />
          </div>
        </div>
      </header>

      <details className="group border-b border-slate-200 bg-white md:hidden">
        <summary className="mx-auto flex max-w-7xl cursor-pointer list-none items-center justify-between px-4 py-3 text-sm font-medium text-slate-800">
          Menu
          <span aria-hidden className="text-slate-500 group-open:rotate-180">▾</span>
        </summary>
        <nav aria-label="Menu utama" className="px-2 pb-3">
          <NavLinks groups={nav} />
        </nav>
      </details>

      <div className="mx-auto flex max-w-7xl gap-8 px-4 py-6">
        <nav aria-label="Menu utama" className="hidden w-56 shrink-0 md:block">
          <div className="sticky top-20">
            <NavLinks groups={nav} />
          </div>
        </nav>
        <main id="konten" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
          {children}
        </main>
      </div>
    </div>
  );
}
