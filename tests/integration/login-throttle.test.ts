import { createPegawaiWithPassword } from "./helpers/session";
import { describe, expect, test, vi } from "vitest";
import { authorizeCredentials } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import * as password from "@/lib/server/autentikasi/password";

const PASSWORD = "Rahasia123";
const WRONG = "NIP atau kata sandi salah.";
const LOCKED_15 = "Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.";

function signIn(nip: string, pass: string, address: string) {
  return authorizeCredentials({ nip, password: pass }, { headers: { "x-forwarded-for": address } });
}

describe("percobaan masuk serentak", () => {
  test("30 wrong passwords at once for one NIP get at most 5 checked, and the right one in the burst is refused", async () => {
    const p = await createPegawaiWithPassword({ nip: "199101012015011101", password: PASSWORD });
    const checks = vi.spyOn(password, "verifyPassword");

    const burst = Array.from({ length: 30 }, (_, i) => signIn(p.nip, `Salah${String(i).padStart(4, "0")}`, "10.1.0.1"));
    burst.push(signIn(p.nip, PASSWORD, "10.1.0.1"));
    const results = await Promise.allSettled(burst);

    expect(checks.mock.calls.length).toBeLessThanOrEqual(5);
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect(results.at(-1)).toMatchObject({ status: "rejected", reason: expect.objectContaining({ message: LOCKED_15 }) });
    const refused = results.filter((r) => r.status === "rejected" && (r.reason as Error).message === LOCKED_15);
    expect(refused.length).toBeGreaterThanOrEqual(26);
    checks.mockRestore();
  }, 60_000);
});

describe("kunci per NIP dan alamat", () => {
  test("an attacker who knows the NIP locks only their own address; the owner signs in from theirs", async () => {
    const p = await createPegawaiWithPassword({ nip: "199102022015011102", password: PASSWORD });
    for (let i = 1; i <= 4; i++) await expect(signIn(p.nip, `Salah000${i}`, "10.1.1.66")).rejects.toThrow(WRONG);
    await expect(signIn(p.nip, "Salah0005", "10.1.1.66")).rejects.toThrow(LOCKED_15);
    await expect(signIn(p.nip, PASSWORD, "10.1.1.66")).rejects.toThrow(LOCKED_15);

    await expect(signIn(p.nip, PASSWORD, "10.1.1.7")).resolves.toMatchObject({ id: p.id });
    // The owner's success does not lift the attacker's lock.
    await expect(signIn(p.nip, PASSWORD, "10.1.1.66")).rejects.toThrow(LOCKED_15);
  }, 60_000);

  test("failures from many addresses lock the NIP everywhere at 50, and the emailed reset clears that lock", async () => {
    const p = await createPegawaiWithPassword({ nip: "199103032015011103", password: PASSWORD });
    await db.loginThrottle.create({ data: { key: `nip:${p.nip}`, failures: 49 } });

    await expect(signIn(p.nip, "Salah0001", "10.1.2.1")).rejects.toThrow(LOCKED_15);
    await expect(signIn(p.nip, PASSWORD, "10.1.2.2")).rejects.toThrow(LOCKED_15);

    const { clearLoginFailures } = await import("@/lib/server/autentikasi/pembatas-masuk");
    await clearLoginFailures(p.nip);
    await expect(signIn(p.nip, PASSWORD, "10.1.2.1")).resolves.toMatchObject({ id: p.id });
  }, 30_000);

  test("a NIP with a NUL byte is a wrong NIP, not a server error", async () => {
    await expect(signIn("1991\u000001012015011104", PASSWORD, "10.1.3.1")).rejects.toThrow(WRONG);
  });
});
