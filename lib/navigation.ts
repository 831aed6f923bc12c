import { KATA_LENCANA } from "@/lib/domain/tugas";

/**
 * Every menu entry, in one list. A link appears only once its page works, so an entry is added
 * here together with its page and never before.
 */
export type Audience = "pegawai" | "atasan" | "admin";

/** `fungsional`: shown only to a pegawai in a jabatan fungsional (their angka kredit). */
export type NavItem = { href: string; label: string; audience: Audience; fungsional?: true };

/** A menu entry as shown: with the count of pending work and what that count is, when there is any. */
export type NavEntry = NavItem & { lencana?: { jumlah: number; kata: string } };

export type NavGroup = { label: string | null; items: NavEntry[] };

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/beranda", label: "Beranda", audience: "pegawai" },
  { href: "/notifikasi", label: "Notifikasi", audience: "pegawai" },
  { href: "/profil", label: "Profil", audience: "pegawai" },
  { href: "/skp", label: "SKP", audience: "pegawai" },
  { href: "/penilaian", label: "Penilaian", audience: "pegawai" },
  { href: "/progres-harian", label: "Progres Harian", audience: "pegawai" },
  { href: "/angka-kredit", label: "Angka Kredit", audience: "pegawai", fungsional: true },
  { href: "/pegawai-unit", label: "Pegawai Satu Unit", audience: "pegawai" },
  { href: "/tim-kerja", label: "Tim Kerja", audience: "pegawai" },
  { href: "/bawahan", label: "Pegawai Bawahan", audience: "atasan" },
  { href: "/skp-bawahan", label: "SKP Bawahan", audience: "atasan" },
  { href: "/matriks-peran-hasil", label: "Matriks Peran Hasil", audience: "atasan" },
  { href: "/progres-harian-bawahan", label: "Progres Harian Bawahan", audience: "atasan" },
  { href: "/penilaian-bawahan", label: "Penilaian Bawahan", audience: "atasan" },
  { href: "/capaian-organisasi", label: "Capaian Organisasi", audience: "atasan" },
  { href: "/admin/pegawai", label: "Pegawai", audience: "admin" },
  { href: "/admin/unit-kerja", label: "Unit Kerja", audience: "admin" },
  { href: "/admin/periode", label: "Periode Penilaian", audience: "admin" },
  { href: "/admin/hari-libur", label: "Hari Libur", audience: "admin" },
  { href: "/admin/permintaan-atasan", label: "Permintaan Atasan", audience: "admin" },
  { href: "/admin/buka-pengisian", label: "Buka Pengisian", audience: "admin" },
  { href: "/admin/monitoring", label: "Monitoring", audience: "admin" },
  { href: "/admin/monitoring-progres-harian", label: "Monitoring Progres Harian", audience: "admin" },
  { href: "/admin/impor", label: "Impor Pegawai", audience: "admin" },
  { href: "/admin/sinkron", label: "Sinkron SIASN", audience: "admin" },
  { href: "/admin/kirim-siasn", label: "Kirim ke SIASN", audience: "admin" },
  { href: "/admin/pengaturan", label: "Pengaturan", audience: "admin" },
  { href: "/admin/log-audit", label: "Log Audit", audience: "admin" },
];

const GROUP_LABEL: Record<Audience, string | null> = {
  pegawai: null,
  atasan: "Atasan",
  admin: "Admin instansi",
};

export type Viewer = { isAdmin: boolean; hasBawahan: boolean; isFungsional: boolean };

/**
 * The menu a viewer sees, grouped by audience in a fixed order; empty groups are left out.
 * `hitungan` (lib/domain/tugas.ts hitunganMenu) puts a badge on the entries with pending work.
 */
export function navigationFor(viewer: Viewer, hitungan: Readonly<Record<string, number>> = {}): NavGroup[] {
  const sees: Record<Audience, boolean> = { pegawai: true, atasan: viewer.hasBawahan, admin: viewer.isAdmin };
  return (["pegawai", "atasan", "admin"] as const)
    .filter((audience) => sees[audience])
    .map((audience) => ({
      label: GROUP_LABEL[audience],
      items: NAV_ITEMS.filter((i) => i.audience === audience && (!i.fungsional || viewer.isFungsional)).map((i) => {
        const jumlah = hitungan[i.href] ?? 0;
        return jumlah > 0 ? { ...i, lencana: { jumlah, kata: KATA_LENCANA[i.href] ?? "menunggu" } } : i;
      }),
    }))
    .filter((group) => group.items.length > 0);
}

/** The current page marks its own link and any link whose section it sits in. */
export function isCurrentPath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
