import { actAs, createPegawaiWithPassword, type SessionToken } from "./helpers/session";
import { describe, expect, test, vi } from "vitest";
import { createRequire } from "node:module";
import type { JWT } from "next-auth/jwt";
import { setAktifPegawai } from "@/lib/server/actions/admin-pegawai-akun";
import { keluarSemuaPerangkat } from "@/lib/server/actions/keamanan";
import { authOptions, authorizeCredentials, getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getKeamanan } from "@/lib/server/queries/keamanan";

// next-auth's own cookie defaults, which `useSecureCookies` selects (not in its package exports).
const { defaultCookies } = createRequire(import.meta.url)("../../node_modules/next-auth/core/lib/cookie.js") as {
  defaultCookies: (secure: boolean) => { sessionToken: { name: string; options: Record<string, unknown> } };
};

const PASSWORD = "Rahasia123";
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0";

async function signInFrom(nip: string, address: string): Promise<JWT> {
  const user = await authorizeCredentials({ nip, password: PASSWORD }, { headers: { "x-forwarded-for": address, "user-agent": BROWSER } });
  return authOptions.callbacks!.jwt!({ token: { sub: undefined } as unknown as JWT, user, account: null }) as Promise<JWT>;
}

describe("sesi di server", () => {
  test("signing in records the session with its address and browser, and the token carries its id", async () => {
    const p = await createPegawaiWithPassword({ nip: "199201012015011201", password: PASSWORD });

    const token = await signInFrom(p.nip, "10.3.0.1");

    const sesi = await db.sesi.findUniqueOrThrow({ where: { id: token.sid! } });
    expect(sesi).toMatchObject({ pegawaiId: p.id, alamat: "10.3.0.1", userAgent: BROWSER, revokedAt: null });
    expect(sesi.expiresAt.getTime() - Date.now()).toBeGreaterThan(7.9 * 3600_000);
    expect(sesi.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(8 * 3600_000);
  });

  test("after sign-out the same cookie, replayed, gets nothing", async () => {
    const p = await createPegawaiWithPassword({ nip: "199201012015011202", password: PASSWORD });
    const token = await actAs(p.id);
    expect((await getActor())?.id).toBe(p.id);

    await authOptions.events!.signOut!({ token: token as unknown as JWT, session: undefined as never });

    expect(await getActor()).toBeNull();
    expect((await db.sesi.findUniqueOrThrow({ where: { id: token!.sid } })).revokedAt).not.toBeNull();
  });

  test("a token without a session id, or with an expired session, is signed out", async () => {
    const p = await createPegawaiWithPassword({ nip: "199201012015011203", password: PASSWORD });
    const token = await actAs(p.id);
    await db.sesi.update({ where: { id: token!.sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getActor()).toBeNull();
  });

  test("deactivating a pegawai ends their sessions for good: activating them again does not bring them back", async () => {
    const admin = await createPegawaiWithPassword({ nip: "199201012015011204", password: PASSWORD, admin: true });
    const p = await createPegawaiWithPassword({ nip: "199201012015011205", password: PASSWORD });
    const staffToken = await actAs(p.id);
    const staffCookie = cookieFor(staffToken!);

    await actAs(admin.id);
    const before = await db.pegawai.findUniqueOrThrow({ where: { id: p.id } });
    expect((await setAktifPegawai({ pegawaiId: p.id, version: before.version, aktif: false })).ok).toBe(true);
    expect((await setAktifPegawai({ pegawaiId: p.id, version: before.version + 1, aktif: true })).ok).toBe(true);

    await staffCookie();
    expect(await getActor()).toBeNull();
    expect(await db.sesi.count({ where: { pegawaiId: p.id, revokedAt: null } })).toBe(0);
    // A fresh sign-in works as usual.
    await expect(authorizeCredentials({ nip: p.nip, password: PASSWORD }, { headers: {} })).resolves.toMatchObject({ id: p.id });
  });
});

describe("keluar dari semua perangkat", () => {
  test("ends every session of the pegawai, this one included, and leaves others' alone", async () => {
    const p = await createPegawaiWithPassword({ nip: "199201012015011206", password: PASSWORD });
    const other = await createPegawaiWithPassword({ nip: "199201012015011207", password: PASSWORD });
    await signInFrom(p.nip, "10.3.1.1");
    await signInFrom(p.nip, "10.3.1.2");
    await actAs(other.id);
    await actAs(p.id);
    expect((await getKeamanan((await getActor())!)).sesi).toHaveLength(3);

    expect(await keluarSemuaPerangkat({ konfirmasi: true })).toEqual({ ok: true, data: { jumlahSesi: 3 } });

    expect(await getActor()).toBeNull();
    expect(await db.sesi.count({ where: { pegawaiId: p.id, revokedAt: null } })).toBe(0);
    expect(await db.sesi.count({ where: { pegawaiId: other.id, revokedAt: null } })).toBe(1);
  });

  test("is refused without a session or without the confirmation", async () => {
    const p = await createPegawaiWithPassword({ nip: "199201012015011208", password: PASSWORD });
    await actAs(null);
    expect(await keluarSemuaPerangkat({ konfirmasi: true })).toEqual({ ok: false, message: "Sesi Anda telah berakhir. Silakan masuk kembali." });

    await actAs(p.id);
    expect(await keluarSemuaPerangkat({ konfirmasi: false } as never)).toMatchObject({
      ok: false,
      fieldErrors: { konfirmasi: ["Centang konfirmasi untuk keluar dari semua perangkat."] },
    });
    expect(await db.sesi.count({ where: { pegawaiId: p.id, revokedAt: null } })).toBe(1);
  });
});

describe("cookie sesi", () => {
  test("over http the cookie is the plain one", () => {
    expect(authOptions.useSecureCookies).toBe(false);
  });

  test("when APP_URL is https the cookie is Secure and __Secure- prefixed", async () => {
    const appUrl = process.env.APP_URL;
    process.env.APP_URL = "https://ekinerja.example.go.id";
    vi.resetModules();
    try {
      const { authOptions: secure } = await import("@/lib/server/auth");
      expect(secure.useSecureCookies).toBe(true);
      const cookie = defaultCookies(secure.useSecureCookies!).sessionToken;
      expect(cookie.name).toBe("__Secure-next-auth.session-token");
      expect(cookie.options).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax" });
    } finally {
      process.env.APP_URL = appUrl;
      vi.resetModules();
    }
  });
});

// The cookie a browser kept from an earlier sign-in, to put back later.
function cookieFor(token: SessionToken) {
  return async () => {
    const { encode } = await import("next-auth/jwt");
    const { setSessionCookie } = await import("./helpers/session-store");
    setSessionCookie({ name: "next-auth.session-token", value: await encode({ token, secret: process.env.NEXTAUTH_SECRET! }) });
  };
}
