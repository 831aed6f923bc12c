/**
 * Signs a pegawai in for integration tests, the way a browser would be: `cookies()` from
 * next/headers returns a real next-auth session JWT for them, so getActor() runs unchanged.
 *
 *   import { actAs } from "./helpers/session";
 *   import { getActor } from "@/lib/server/auth";
 *
 *   await actAs(pegawai.id);  // signed in as that pegawai
 *   await actAs(null);        // signed out
 *   const token = await actAs(pegawai.id); // the JWT claims, e.g. to revoke `token.sid`
 *
 * `headers()` returns empty request headers (the mock lives in tests/integration/setup/per-file.ts).
 */
import { encode } from "next-auth/jwt";
import { setSessionCookie } from "./session-store";

export async function actAs(pegawaiId: string | null): Promise<SessionToken | null> {
  if (!pegawaiId) {
    setSessionCookie(null);
    return null;
  }
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is set by tests/integration/setup/per-file.ts");
  // As a fresh sign-in: a live Sesi row, and a token with its id and the pegawai's current
  // session number; getActor() trusts only those and `sub`, and re-reads the rest.
  const { db } = await import("@/lib/server/db");
  const pegawai = await db.pegawai.findUnique({ where: { id: pegawaiId }, select: { sesiVersi: true } });
  const sesi = pegawai
    ? await db.sesi.create({ data: { pegawaiId, expiresAt: new Date(Date.now() + 8 * 3600_000), alamat: "127.0.0.1", userAgent: "vitest" } })
    : null;
  const token = { sub: pegawaiId, instansiId: "", isAdmin: false, sesiVersi: pegawai?.sesiVersi ?? 0, sid: sesi?.id ?? crypto.randomUUID() };
  setSessionCookie({ name: "next-auth.session-token", value: await encode({ token, secret }) });
  return token;
}

export type SessionToken = { sub: string; instansiId: string; isAdmin: boolean; sesiVersi: number; sid: string };

let instansiId: string | undefined;

/** A pegawai who can sign in with `password`, in an instansi shared by the calling test file. */
export async function createPegawaiWithPassword(options: {
  nip: string;
  password: string;
  email?: string | null;
  aktif?: boolean;
  admin?: boolean;
}): Promise<{ id: string; nip: string; instansiId: string }> {
  const { db } = await import("@/lib/server/db");
  const { hashPassword } = await import("@/lib/server/autentikasi/password");
  instansiId ??= (
    await db.instansi.create({ data: { kode: "UJI-AUTH", nama: "Badan Uji Masuk", lokasi: "Bandung" } })
  ).id;
  return db.pegawai.create({
    data: {
      instansiId,
      nip: options.nip,
      nama: `Pegawai ${options.nip.slice(-3)}`,
      email: options.email === undefined ? `p${options.nip}@uji.go.id` : options.email,
      jenisJabatan: "PELAKSANA",
      jabatan: "Pengadministrasi Umum",
      aktif: options.aktif ?? true,
      roles: options.admin ? ["PEGAWAI", "ADMIN"] : ["PEGAWAI"],
      passwordHash: await hashPassword(options.password),
    },
    select: { id: true, nip: true, instansiId: true },
  });
}
