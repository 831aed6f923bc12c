/**
 * One entry per page (app/**\/page.tsx) and route handler (app/**\/route.ts), keyed by its file.
 * To add a route:
 *   - kind: "public" (no session needed), "signed-in" (any pegawai, each on their own data),
 *     "admin" (admin instansi only);
 *   - url: the URL to request, with dynamic segments filled from the victim's objects;
 *   - legit (for URLs that name a victim's object): who may open it and what they get (a page:
 *     200 showing the victim's data; a file: the status). Run once to prove the URL is the
 *     victim's and that the attackers' refusal is not a typo in the URL.
 * The attackers and the refusal rule are in authorization-matrix.spec.ts.
 */

/** The demo data the URLs aim at, looked up in the e2e database. */
export type Victim = {
  skpId: string;
  periodeId: string;
  pegawaiId: string;
  tahun: number;
  /** A penilaian of another pegawai (the victim's atasan), for the evaluasi documents. */
  penilaianId: string;
};

export type LegitAccount = "korban" | "atasanKorban" | "adminInstansi";

export type RouteEntry = {
  kind: "public" | "signed-in" | "admin";
  url: (v: Victim) => string;
  legit?: { as: LegitAccount; expect: "victim-data" | number };
};

const page = (kind: RouteEntry["kind"], url: string | ((v: Victim) => string), legit?: RouteEntry["legit"]): RouteEntry => ({
  kind,
  url: typeof url === "string" ? () => url : url,
  legit,
});

export const ROUTE_ENTRIES: Record<string, RouteEntry> = {
  // Public
  "app/page.tsx": page("public", "/"),
  "app/status/page.tsx": page("public", "/status"),
  "app/(auth)/masuk/page.tsx": page("public", "/masuk"),
  "app/(auth)/ganti-sandi/page.tsx": page("public", "/ganti-sandi"),
  "app/(auth)/lupa-password/page.tsx": page("public", "/lupa-password"),
  "app/(auth)/reset-password/[token]/page.tsx": page("public", "/reset-password/tebakan-token"),
  "app/(auth)/berhenti-notifikasi/page.tsx": page("public", "/berhenti-notifikasi?token=tebakan-token"),
  "app/api/sehat/route.ts": page("public", "/api/sehat"),
  "app/api/auth/[...nextauth]/route.ts": page("public", "/api/auth/session"),

  // Pegawai: their own data, and the victim's objects by id
  "app/(pegawai)/beranda/page.tsx": page("signed-in", "/beranda"),
  "app/(pegawai)/profil/page.tsx": page("signed-in", "/profil"),
  "app/(pegawai)/notifikasi/page.tsx": page("signed-in", "/notifikasi"),
  // Someone else's notification does not exist for you; opening one must not mark it read.
  "app/(pegawai)/notifikasi/[id]/route.ts": page("signed-in", "/notifikasi/5d9b0c59-6f7a-4c0e-9a43-2f2d8c7b1e10"),
  "app/(pegawai)/profil/ubah/page.tsx": page("signed-in", "/profil/ubah"),
  "app/(pegawai)/profil/atasan/page.tsx": page("signed-in", "/profil/atasan"),
  "app/(pegawai)/pegawai-unit/page.tsx": page("signed-in", "/pegawai-unit"),
  // Tim Kerja: the detail URLs aim at an id nobody may open. The demo's team (led by the victim)
  // has none of the attackers as anggota, so /tim-kerja shows them none of it.
  "app/(pegawai)/tim-kerja/page.tsx": page("signed-in", "/tim-kerja"),
  "app/(pegawai)/tim-kerja/[id]/page.tsx": page("signed-in", "/tim-kerja/00000000-0000-4000-8000-000000000014"),
  "app/(pegawai)/tim-kerja/[id]/matriks/page.tsx": page("signed-in", "/tim-kerja/00000000-0000-4000-8000-000000000014/matriks"),
  "app/(pegawai)/bawahan/page.tsx": page("signed-in", "/bawahan"),
  "app/(pegawai)/angka-kredit/page.tsx": page("signed-in", "/angka-kredit"),
  // A pegawai's angka kredit: theirs and their instansi admin's; an atasan's for the years they rated (the kabid rated the victim).
  "app/(pegawai)/angka-kredit/[pegawaiId]/page.tsx": page("signed-in", (v) => `/angka-kredit/${v.pegawaiId}`, { as: "atasanKorban", expect: "victim-data" }),
  "app/(pegawai)/klaim-pimpinan/page.tsx": page("signed-in", "/klaim-pimpinan"),
  "app/(pegawai)/skp/page.tsx": page("signed-in", "/skp"),
  "app/(pegawai)/skp/[id]/page.tsx": page("signed-in", (v) => `/skp/${v.skpId}`, { as: "korban", expect: "victim-data" }),
  "app/(pegawai)/penilaian/page.tsx": page("signed-in", "/penilaian"),
  "app/(pegawai)/progres-harian/page.tsx": page("signed-in", "/progres-harian?tampilan=minggu"),
  "app/(pegawai)/penilaian/[skpId]/[periodeId]/page.tsx": page("signed-in", (v) => `/penilaian/${v.skpId}/${v.periodeId}`, { as: "korban", expect: "victim-data" }),
  "app/api/skp/[id]/cetak/route.ts": page("signed-in", (v) => `/api/skp/${v.skpId}/cetak`, { as: "korban", expect: 200 }),
  // "Unduh data saya" (issue 14): the owner's own ZIP; another pegawai, an atasan who rated no year
  // of theirs and another instansi's admin get 404. The legit download is audited by design.
  "app/api/unduh-data/route.ts": page("signed-in", (v) => `/api/unduh-data?pegawaiId=${v.pegawaiId}`, { as: "korban", expect: 200 }),
  "app/api/progres-harian/impor/templat/route.ts": page("signed-in", "/api/progres-harian/impor/templat"),
  "app/(pegawai)/progres-harian/impor/page.tsx": page("signed-in", "/progres-harian/impor"),
  "app/api/progres-harian/rekap/route.ts": page("signed-in", (v) => `/api/progres-harian/rekap?pegawaiId=${v.pegawaiId}&jenis=mingguan&format=pdf`, { as: "atasanKorban", expect: 200 }),
  // Not final yet: the penilai's own pegawai gets 409 "belum difinalkan", an attacker must get 404.
  "app/api/penilaian/[id]/evaluasi/route.ts": page("signed-in", (v) => `/api/penilaian/${v.penilaianId}/evaluasi`, { as: "atasanKorban", expect: 409 }),
  "app/api/penilaian/[id]/dokumen/route.ts": page("signed-in", (v) => `/api/penilaian/${v.penilaianId}/dokumen`, { as: "atasanKorban", expect: 409 }),

  // Atasan: their bawahan's, and the victim's objects by id
  "app/(atasan)/skp-bawahan/page.tsx": page("signed-in", "/skp-bawahan"),
  "app/(atasan)/skp-bawahan/[skpId]/page.tsx": page("signed-in", (v) => `/skp-bawahan/${v.skpId}`, { as: "atasanKorban", expect: "victim-data" }),
  // Progres Harian Bawahan (issue 11, the atasan's part)
  "app/(atasan)/progres-harian-bawahan/page.tsx": page("signed-in", "/progres-harian-bawahan"),
  "app/(atasan)/progres-harian-bawahan/[pegawaiId]/page.tsx": page("signed-in", (v) => `/progres-harian-bawahan/${v.pegawaiId}`, { as: "atasanKorban", expect: "victim-data" }),
  "app/(atasan)/penilaian-bawahan/page.tsx": page("signed-in", "/penilaian-bawahan"),
  "app/(atasan)/penilaian-bawahan/[skpId]/[periodeId]/page.tsx": page("signed-in", (v) => `/penilaian-bawahan/${v.skpId}/${v.periodeId}`, {
    as: "atasanKorban",
    expect: "victim-data",
  }),
  "app/(atasan)/matriks-peran-hasil/page.tsx": page("signed-in", "/matriks-peran-hasil"),
  "app/(atasan)/capaian-organisasi/page.tsx": page("signed-in", "/capaian-organisasi"),

  // Admin instansi
  "app/(admin)/admin/pegawai/page.tsx": page("admin", "/admin/pegawai"),
  "app/(admin)/admin/pegawai/[id]/page.tsx": page("admin", (v) => `/admin/pegawai/${v.pegawaiId}`, { as: "adminInstansi", expect: "victim-data" }),
  "app/(admin)/admin/pegawai/baru/page.tsx": page("admin", "/admin/pegawai/baru"),
  "app/(admin)/admin/unit-kerja/page.tsx": page("admin", "/admin/unit-kerja"),
  "app/(admin)/admin/periode/page.tsx": page("admin", "/admin/periode"),
  "app/(admin)/admin/hari-libur/page.tsx": page("admin", (v) => `/admin/hari-libur?tahun=${v.tahun}`),
  "app/(admin)/admin/permintaan-atasan/page.tsx": page("admin", "/admin/permintaan-atasan"),
  "app/(admin)/admin/buka-pengisian/page.tsx": page("admin", "/admin/buka-pengisian"),
  "app/(admin)/admin/pengaturan/page.tsx": page("admin", "/admin/pengaturan"),
  "app/(admin)/admin/impor/page.tsx": page("admin", "/admin/impor"),
  "app/(admin)/admin/sinkron/page.tsx": page("admin", "/admin/sinkron"),
  "app/(admin)/admin/kirim-siasn/page.tsx": page("admin", "/admin/kirim-siasn"),
  "app/(admin)/admin/log-audit/page.tsx": page("admin", "/admin/log-audit"),
  "app/(admin)/admin/monitoring/page.tsx": page("admin", (v) => `/admin/monitoring?tahun=${v.tahun}`),
  "app/(admin)/admin/monitoring/rincian/page.tsx": page("admin", (v) => `/admin/monitoring/rincian?tahun=${v.tahun}&q=Prasetyo`),
  "app/api/admin/monitoring/xlsx/route.ts": page("admin", (v) => `/api/admin/monitoring/xlsx?tahun=${v.tahun}`),
  // Monitoring Progres Harian (issue 11, point 7)
  "app/(admin)/admin/monitoring-progres-harian/page.tsx": page("admin", "/admin/monitoring-progres-harian"),
  "app/(admin)/admin/monitoring-progres-harian/rincian/page.tsx": page("admin", "/admin/monitoring-progres-harian/rincian?unit=tanpa"),
  "app/api/admin/monitoring-progres-harian/xlsx/route.ts": page("admin", "/api/admin/monitoring-progres-harian/xlsx"),
  "app/api/admin/impor/template/route.ts": page("admin", "/api/admin/impor/template"),
};
