/**
 * Signs a pegawai in for integration tests, the way a browser would be: `cookies()` from
 * next/headers returns a real next-auth session JWT for them, so getActor() runs unchanged.
 *
 *   import { actAs } from "./helpers/session";
 *   import { getActor } from "@/lib/server/auth";
 *
 *   await actAs(pegawai.id);  // signed in as that pegawai
 *   await actAs(null);        // signed out
 *
 * `headers()` returns empty request headers (the mock lives in tests/integration/setup/per-file.ts).
 */
import { encode } from "next-auth/jwt";
import { setSessionCookie } from "./session-store";

export async function actAs(pegawaiId: string | null): Promise<void> {
  if (!pegawaiId) {
    setSessionCookie(null);
    return;
  }
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is set by tests/integration/setup/per-file.ts");
  // As a fresh sign-in: the token carries the pegawai's current session number; getActor()
  // trusts only that and `sub`, and re-reads the rest from the database.
  const { db } = await import("@/lib/server/db");
  const pegawai = await db.pegawai.findUnique({ where: { id: pegawaiId }, select: { sesiVersi: true } });
  const token = { sub: pegawaiId, instansiId: "", isAdmin: false, sesiVersi: pegawai?.sesiVersi ?? 0 };
  setSessionCookie({ name: "next-auth.session-token", value: await encode({ token, secret }) });
}

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
  const { hashPassword } = await import("@/lib/server/password");
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
