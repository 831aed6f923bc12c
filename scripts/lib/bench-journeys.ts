import type { ScaleAccounts } from "../seed-scale";
import type { Fixtures, SavedSkp } from "./bench-data";
import { actionHeaders, signInBody, SIGN_IN_HEADERS, type ActionRef, type Session } from "./bench-http";
import type { LoadRequest } from "./bench-load";
import type { Journey } from "./bench-measure";
import { progresJourneys, type ProgresContext } from "./bench-progres";

export type JourneyContext = {
  baseUrl: string;
  accounts: ScaleAccounts;
  fixtures: Fixtures;
  sessions: { pegawai: Session; atasan: Session; admin: Session };
  csrf: { csrfToken: string; cookie: string };
  ajukan: ActionRef;
  /** Draft SKPs with their owners' sessions: warm-up, SQL count, then the measured run. */
  submit: { warmup: SubmitItem[]; count: SubmitItem[]; measured: SubmitItem[] };
  /** Null when no Progres Harian journey runs. */
  progres: ProgresContext | null;
};

export type SubmitItem = { skp: SavedSkp; session: Session };

/**
 * Every journey of issues 6 and 11, in the order they run. The page journeys check a text only the
 * real page shows, so a redirect to /masuk or an "Akses ditolak" answer counts as an error.
 */
export function buildJourneys(c: JourneyContext): Journey[] {
  const get = (path: string, session?: Session): LoadRequest => ({ method: "GET", path, headers: session ? { cookie: session.cookie } : {} });
  const skp = c.fixtures.skp8RhkId;
  const submitRequest = (item: SubmitItem) => ajukanRequest(c.baseUrl, c.ajukan, item);
  return [
    {
      key: "plafon",
      label: "Plafon: /status (halaman dinamis sepele)",
      role: "plafon",
      requests: [get("/status")],
      expect: { status: 200, includes: "Layanan berjalan" },
    },
    { key: "beranda", label: "Beranda pegawai", role: "pegawai", requests: [get("/beranda", c.sessions.pegawai)], expect: { status: 200, includes: "Data Anda" } },
    // Tugas Anda counts over the atasan's 40 bawahan and, for the admin, over the whole instansi.
    { key: "beranda-atasan", label: "Beranda atasan (Tugas Anda, 40 bawahan)", role: "atasan", requests: [get("/beranda", c.sessions.atasan)], expect: { status: 200, includes: "Tugas Anda" } },
    { key: "beranda-admin", label: "Beranda admin (Tugas Anda, seluruh instansi)", role: "admin", requests: [get("/beranda", c.sessions.admin)], expect: { status: 200, includes: "Tugas Anda" } },
    { key: "skp-detail", label: "Detail SKP (8 RHK)", role: "pegawai", requests: [get(`/skp/${skp}`, c.sessions.pegawai)], expect: { status: 200, includes: "<title>SKP " } },
    {
      key: "skp-bawahan",
      label: "SKP Bawahan (atasan, 40 bawahan)",
      role: "atasan",
      requests: [get("/skp-bawahan", c.sessions.atasan)],
      expect: { status: 200, includes: "Saring menurut status" },
    },
    {
      key: "penilaian-bawahan",
      label: "Penilaian Bawahan per periode",
      role: "atasan",
      requests: [get(`/penilaian-bawahan?periode=${c.fixtures.periodeId}`, c.sessions.atasan)],
      expect: { status: 200, includes: "Bawahan yang dinilai" },
    },
    {
      key: "monitoring",
      label: "Monitoring Pengisian (admin, seluruh instansi)",
      role: "admin",
      requests: [get("/admin/monitoring", c.sessions.admin)],
      expect: { status: 200, includes: "Unduh XLSX" },
    },
    {
      key: "masuk",
      label: "Masuk (POST kredensial)",
      role: "anonim",
      requests: c.fixtures.signInNips.map((nip) => ({
        method: "POST",
        path: "/api/auth/callback/credentials",
        headers: { ...SIGN_IN_HEADERS, cookie: c.csrf.cookie },
        body: signInBody(c.csrf.csrfToken, nip, c.accounts.password, c.baseUrl),
      })),
      expect: { status: 200, includes: '"url"', excludes: "error=" },
    },
    {
      key: "ajukan-skp",
      label: "Ajukan SKP (server action)",
      role: "pegawai",
      requests: c.submit.measured.map(submitRequest),
      countRequests: c.submit.count.map(submitRequest),
      consumable: { warmup: c.submit.warmup.map(submitRequest) },
      expect: { status: 200, includes: '"ok":true' },
    },
    { key: "cetak-pdf", label: "Cetak SKP (PDF)", role: "pegawai", requests: [get(`/api/skp/${skp}/cetak`, c.sessions.pegawai)], expect: { status: 200, includes: "%PDF" } },
    ...(c.progres ? progresJourneys(c.progres) : []),
  ];
}

/** The call the "Ajukan SKP" button makes, posted to the SKP's own page as the browser does. */
export function ajukanRequest(baseUrl: string, ajukan: ActionRef, { skp, session }: SubmitItem): LoadRequest {
  return {
    method: "POST",
    path: `/skp/${skp.id}`,
    headers: actionHeaders(ajukan, baseUrl, session.cookie),
    body: JSON.stringify([{ skpId: skp.id, version: skp.version }]),
  };
}
