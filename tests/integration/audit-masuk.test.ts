import { createHash } from "node:crypto";
import { actAs, createPegawaiWithPassword } from "./helpers/session";
import { describe, expect, test, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import { keluarSemuaPerangkat } from "@/lib/server/actions/keamanan";
import { requestPasswordReset, resetPassword } from "@/lib/server/actions/password-reset";
import { authOptions, authorizeCredentials, getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getKeamanan } from "@/lib/server/queries/keamanan";

// Server actions and next-auth's sign-out read the client's address from the request headers.
vi.mock("next/headers", async (importOriginal) => {
  const { testCookieStore } = await import("./helpers/session-store");
  return {
    ...(await importOriginal<typeof import("next/headers")>()),
    cookies: async () => testCookieStore(),
    headers: async () => new Headers({ "x-forwarded-for": "10.4.9.9" }),
  };
});

const PASSWORD = "Rahasia123";

function signIn(nip: string, password: string, address: string) {
  return authorizeCredentials({ nip, password }, { headers: { "x-forwarded-for": address } });
}

async function rowsFor(entitasId: string | null, aksi: string) {
  return db.auditLog.findMany({ where: { entitas: "Pegawai", entitasId, aksi }, orderBy: { createdAt: "asc" } });
}

describe("log audit masuk dan keluar", () => {
  test("a sign-in, a wrong password and an unknown NIP are recorded with who, where and when", async () => {
    const p = await createPegawaiWithPassword({ nip: "199301012015011301", password: PASSWORD });
    const started = Date.now();

    await signIn(p.nip, PASSWORD, "10.4.0.1");
    await expect(signIn(p.nip, "Salah12345", "10.4.0.2")).rejects.toThrow();
    await expect(signIn("199901012015011999", PASSWORD, "10.4.0.3")).rejects.toThrow();

    const [berhasil] = await rowsFor(p.id, "MASUK_BERHASIL");
    expect(berhasil).toMatchObject({ aktorId: p.id, instansiId: p.instansiId, alamat: "10.4.0.1" });
    expect(berhasil!.createdAt.getTime()).toBeGreaterThanOrEqual(started - 1000);
    const [gagal] = await rowsFor(p.id, "MASUK_GAGAL");
    expect(gagal).toMatchObject({ aktorId: null, instansiId: p.instansiId, alamat: "10.4.0.2", data: { nip: p.nip, alasan: "KATA_SANDI_SALAH" } });
    const unknown = await db.auditLog.findFirstOrThrow({ where: { aksi: "MASUK_GAGAL", alamat: "10.4.0.3" } });
    expect(unknown).toMatchObject({ entitasId: null, aktorId: null, instansiId: null, data: { nip: "199901012015011999" } });
  });

  test("sign-out and keluar dari semua perangkat are recorded for the pegawai", async () => {
    const p = await createPegawaiWithPassword({ nip: "199301012015011302", password: PASSWORD });
    const token = await actAs(p.id);
    await authOptions.events!.signOut!({ token: token as unknown as JWT, session: undefined as never });
    // The same cookie signing out again is no second sign-out.
    await authOptions.events!.signOut!({ token: token as unknown as JWT, session: undefined as never });
    await actAs(p.id);
    await keluarSemuaPerangkat({ konfirmasi: true });

    expect(await rowsFor(p.id, "KELUAR")).toEqual([expect.objectContaining({ aktorId: p.id, alamat: "10.4.9.9" })]);
    expect(await rowsFor(p.id, "KELUAR_SEMUA_PERANGKAT")).toEqual([
      expect.objectContaining({ aktorId: p.id, alamat: "10.4.9.9", data: { jumlahSesi: 1 } }),
    ]);
  });

  test("a reset request and the use of its link are recorded", async () => {
    const p = await createPegawaiWithPassword({ nip: "199301012015011303", password: PASSWORD, email: null });
    await requestPasswordReset({ nip: p.nip });
    await requestPasswordReset({ nip: "199901012015011998" });
    const token = "tautan-uji-audit";
    await db.passwordResetToken.create({
      data: { pegawaiId: p.id, tokenHash: createHash("sha256").update(token).digest("hex"), expiresAt: new Date(Date.now() + 600_000) },
    });
    expect(await resetPassword({ token, password: "BaruSekali2026", confirmPassword: "BaruSekali2026" })).toEqual({ ok: true, data: null });

    expect(await rowsFor(p.id, "RESET_SANDI_DIMINTA")).toEqual([
      expect.objectContaining({ aktorId: null, instansiId: p.instansiId, alamat: "10.4.9.9", data: { nip: p.nip, tautanDikirim: false } }),
    ]);
    expect(await rowsFor(null, "RESET_SANDI_DIMINTA")).toEqual([expect.objectContaining({ data: { nip: "199901012015011998", tautanDikirim: false } })]);
    expect(await rowsFor(p.id, "RESET_SANDI_DIPAKAI")).toEqual([expect.objectContaining({ aktorId: p.id, alamat: "10.4.9.9" })]);
  });

  test("the pegawai sees their own sign-in history, newest first, and nobody else's", async () => {
    const p = await createPegawaiWithPassword({ nip: "199301012015011304", password: PASSWORD });
    const other = await createPegawaiWithPassword({ nip: "199301012015011305", password: PASSWORD });
    await expect(signIn(p.nip, "Salah12345", "10.4.1.1")).rejects.toThrow();
    await signIn(p.nip, PASSWORD, "10.4.1.2");
    await signIn(other.nip, PASSWORD, "10.4.1.3");
    await actAs(p.id);

    const { riwayat } = await getKeamanan((await getActor())!);
    expect(riwayat.map((r) => [r.aksi, r.alamat])).toEqual([
      ["MASUK_BERHASIL", "10.4.1.2"],
      ["MASUK_GAGAL", "10.4.1.1"],
    ]);
  });
});
