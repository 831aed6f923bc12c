import { actAs, createPegawaiWithPassword } from "./helpers/session";
import { describe, expect, test, vi } from "vitest";
import { authOptions, authorizeCredentials, getActor, requireActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

const PASSWORD = "Rahasia123";
const WRONG = "NIP atau kata sandi salah.";
const LOCKED_15 = "Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.";

function from(address: string) {
  return { headers: { "x-forwarded-for": `${address}, 10.9.9.9` } };
}

function signIn(nip: string, password: string, address: string) {
  return authorizeCredentials({ nip, password }, from(address));
}

describe("masuk dengan NIP dan kata sandi", () => {
  test("the right password signs in; the NIP may be typed with spaces", async () => {
    const p = await createPegawaiWithPassword({ nip: "199001012015011001", password: PASSWORD, admin: true });

    const user = await signIn("19900101 201501 1 001", PASSWORD, "10.0.0.1");

    expect(user).toMatchObject({ id: p.id, instansiId: p.instansiId, isAdmin: true });
  });

  test("the provider next-auth calls is the same check", async () => {
    const provider = authOptions.providers[0] as unknown as { options: { authorize: typeof authorizeCredentials } };
    await expect(provider.options.authorize({ nip: "199001012015011001", password: "salah123" }, from("10.0.0.2"))).rejects.toThrow(WRONG);
  });

  test("a wrong password and an unknown NIP get the same message", async () => {
    await createPegawaiWithPassword({ nip: "199002022015012002", password: PASSWORD });

    await expect(signIn("199002022015012002", "Salah12345", "10.0.0.3")).rejects.toThrow(WRONG);
    await expect(signIn("199909092015011999", PASSWORD, "10.0.0.3")).rejects.toThrow(WRONG);
    await expect(signIn("bukan nip", PASSWORD, "10.0.0.3")).rejects.toThrow(WRONG);
  });

  test("a deactivated pegawai cannot sign in, and only the right password learns why", async () => {
    await createPegawaiWithPassword({ nip: "199003032015011003", password: PASSWORD, aktif: false });

    await expect(signIn("199003032015011003", "Salah12345", "10.0.0.4")).rejects.toThrow(WRONG);
    await expect(signIn("199003032015011003", PASSWORD, "10.0.0.4")).rejects.toThrow(/tidak aktif/);
  });
});

describe("percobaan masuk yang gagal berulang", () => {
  test("five failures from one address, spread over two app servers, lock the NIP there, slowed from the fourth", async () => {
    const nip = "199004042015011004";
    await createPegawaiWithPassword({ nip, password: PASSWORD });
    const serverB = await loadSecondServer();

    await expect(signIn(nip, "Salah0001", "10.0.1.1")).rejects.toThrow(WRONG);
    await expect(serverB.authorizeCredentials({ nip, password: "Salah0002" }, from("10.0.1.1"))).rejects.toThrow(WRONG);
    await expect(signIn(nip, "Salah0003", "10.0.1.1")).rejects.toThrow(WRONG);

    const started = Date.now();
    await expect(serverB.authorizeCredentials({ nip, password: "Salah0004" }, from("10.0.1.1"))).rejects.toThrow(WRONG);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);

    await expect(signIn(nip, "Salah0005", "10.0.1.1")).rejects.toThrow(LOCKED_15);
    await expect(serverB.authorizeCredentials({ nip, password: PASSWORD }, from("10.0.1.1"))).rejects.toThrow(LOCKED_15);

    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: `nip-ip:${nip}|10.0.1.1` } });
    expect(row.failures).toBe(5);
    expect(row.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(row.lockedUntil!.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    await serverB.disconnect();
  }, 30_000);

  test("a locked NIP that does not exist gets the same lock message", async () => {
    const nip = "199905052015011005";
    await db.loginThrottle.create({ data: { key: `nip:${nip}`, failures: 5, lockedUntil: minutesFromNow(4) } });

    await expect(signIn(nip, PASSWORD, "10.0.2.1")).rejects.toThrow(
      "Terlalu banyak percobaan masuk. Coba lagi dalam 4 menit.",
    );
  });

  test("when the lock has run out the right password works again and the count is cleared", async () => {
    const p = await createPegawaiWithPassword({ nip: "199006062015011006", password: PASSWORD });
    await db.loginThrottle.create({
      data: { key: `nip:${p.nip}`, failures: 5, lastFailure: minutesFromNow(-16), lockedUntil: minutesFromNow(-1) },
    });

    await db.loginThrottle.create({ data: { key: `nip-ip:${p.nip}|10.0.3.1`, failures: 2 } });

    await expect(signIn(p.nip, PASSWORD, "10.0.3.1")).resolves.toMatchObject({ id: p.id });
    expect(await db.loginThrottle.findUnique({ where: { key: `nip:${p.nip}` } })).toBeNull();
    expect(await db.loginThrottle.findUnique({ where: { key: `nip-ip:${p.nip}|10.0.3.1` } })).toBeNull();
  });

  test("twenty failures from one address lock every NIP from that address", async () => {
    const p = await createPegawaiWithPassword({ nip: "199007072015011007", password: PASSWORD });
    await db.loginThrottle.create({ data: { key: "ip:10.0.4.1", failures: 19 } });

    await expect(signIn("199907072015011999", "Salah1234", "10.0.4.1")).rejects.toThrow(LOCKED_15);
    await expect(signIn(p.nip, PASSWORD, "10.0.4.1")).rejects.toThrow(LOCKED_15);
    await expect(signIn(p.nip, PASSWORD, "10.0.4.2")).resolves.toMatchObject({ id: p.id });
  }, 15_000);
});

describe("getActor", () => {
  test("returns the signed-in pegawai, re-read from the database", async () => {
    const p = await createPegawaiWithPassword({ nip: "199008082015011008", password: PASSWORD, admin: true });
    await actAs(p.id);

    expect(await getActor()).toEqual({
      id: p.id,
      instansiId: p.instansiId,
      nip: p.nip,
      nama: "Pegawai 008",
      isAdmin: true,
      unitId: null,
      atasanId: null,
      hasBawahan: false,
      isFungsional: false,
      zonaWaktu: "WIB",
      notifikasiBelumDibaca: 0,
      sesiId: expect.any(String),
    });
  });

  test("knows whether the pegawai is an atasan: an active bawahan counts, a deactivated one does not", async () => {
    const atasan = await createPegawaiWithPassword({ nip: "199008082015011018", password: PASSWORD });
    const bawahan = await createPegawaiWithPassword({ nip: "199008082015011019", password: PASSWORD });
    await db.pegawai.update({ where: { id: bawahan.id }, data: { atasanId: atasan.id } });
    await actAs(atasan.id);
    expect((await getActor())?.hasBawahan).toBe(true);

    await db.pegawai.update({ where: { id: bawahan.id }, data: { aktif: false } });
    await actAs(atasan.id);
    expect((await getActor())?.hasBawahan).toBe(false);
  });

  test("is null when signed out or when the pegawai has been deactivated since signing in", async () => {
    const p = await createPegawaiWithPassword({ nip: "199009092015011009", password: PASSWORD });
    await actAs(null);
    expect(await getActor()).toBeNull();

    await actAs(p.id);
    await db.pegawai.update({ where: { id: p.id }, data: { aktif: false } });
    expect(await getActor()).toBeNull();
    await expect(requireActor()).rejects.toMatchObject({ digest: expect.stringContaining("/masuk") });
  });
});

function minutesFromNow(minutes: number): Date {
  return new Date(Date.now() + minutes * 60_000);
}

/** A second copy of the auth module with its own Prisma pool, as another app server would have. */
async function loadSecondServer() {
  const shared = globalThis as { prisma?: unknown };
  const first = shared.prisma;
  delete shared.prisma;
  vi.resetModules();
  const auth = await import("@/lib/server/auth");
  const { db: secondDb } = await import("@/lib/server/db");
  shared.prisma = first;
  expect(secondDb).not.toBe(db);
  return { authorizeCredentials: auth.authorizeCredentials, disconnect: () => secondDb.$disconnect() };
}
