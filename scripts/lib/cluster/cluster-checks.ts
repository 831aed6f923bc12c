import { randomInt } from "node:crypto";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../../prisma/seed/demo-accounts";
import type { AppInstance } from "./app-instance";
import { request, signIn } from "./http-client";

export type Check = (name: string, body: () => Promise<void>) => Promise<void>;
export type Cluster = { nginxUrl: string; instances: [AppInstance, AppInstance] };

const LOCKED = "Terlalu banyak percobaan masuk";
// README "Keamanan masuk": one address is locked after 20 failures in 15 minutes; a few more
// than that, sent at once, lock it whatever the order in which they are counted.
const ADDRESS_FLOOD = 25;

/** A session made through nginx is one the whole cluster knows. */
export async function sessionChecks(check: Check, { nginxUrl, instances }: Cluster): Promise<void> {
  const staff = DEMO_ACCOUNTS.staff;
  await check("sesi yang dibuat lewat nginx berlaku di instance A dan B, bergantian", async () => {
    const session = await signIn(nginxUrl, staff.nip, DEMO_PASSWORD);
    if (!session.ok) throw new Error(`masuk lewat nginx gagal: ${session.message}`);
    for (const instance of [...instances, ...instances]) await expectSignedIn(instance.url, session.cookie, staff.nama);
  });
}

/** Failed sign-ins are counted in PostgreSQL, so spreading them over both instances does not help. */
export async function lockoutChecks(check: Check, { instances }: Cluster): Promise<void> {
  await check("5 sandi salah yang tersebar di A dan B mengunci NIP, juga untuk sandi yang benar", async () => {
    const { nip } = DEMO_ACCOUNTS.kabid;
    for (let i = 0; i < 5; i += 1) {
      const attempt = await signIn(instances[(i % 2) as 0 | 1].url, nip, "SandiSalah123");
      if (attempt.ok) throw new Error("sandi salah diterima");
    }
    const right = await signIn(instances[0].url, nip, DEMO_PASSWORD);
    if (right.ok || !right.message.startsWith(LOCKED)) throw new Error(`percobaan ke-6 tidak terkunci: ${right.ok ? "masuk" : right.message}`);
  });
}

/**
 * The address the lock counts is the one the app trusts: a client's own X-Forwarded-For is
 * ignored when it talks to an instance directly, and overwritten by nginx when it comes through.
 * Each client plays a different loopback address.
 */
export async function forwardedChecks(check: Check, { nginxUrl, instances }: Cluster): Promise<void> {
  await check("X-Forwarded-For palsu langsung ke instance diabaikan: kunci mengenai alamat sebenarnya", async () => {
    await flood((i) => instances[(i % 2) as 0 | 1].url, "127.0.0.3");
    await expectLocked(instances[0].url, "127.0.0.3", true);
    await expectLocked(instances[1].url, "127.0.0.4", false);
  });
  await check("lewat nginx, header palsu ditimpa nginx dan alamat klien dipercaya (bukan alamat nginx)", async () => {
    await flood(() => nginxUrl, "127.0.0.5");
    await expectLocked(nginxUrl, "127.0.0.5", true);
    await expectLocked(nginxUrl, "127.0.0.6", false);
  });
}

// Wrong passwords for made-up NIPs from one address, each claiming another address.
async function flood(target: (i: number) => string, from: string) {
  await Promise.all(
    Array.from({ length: ADDRESS_FLOOD }, (_, i) =>
      signIn(target(i), randomNip(), "SandiSalah123", { from, headers: { "x-forwarded-for": `198.51.100.${i + 1}` } }),
    ),
  );
}

async function expectLocked(url: string, from: string, locked: boolean) {
  const probe = await signIn(url, randomNip(), "SandiSalah123", { from, headers: { "x-forwarded-for": "198.51.100.250" } });
  const isLocked = !probe.ok && probe.message.startsWith(LOCKED);
  if (isLocked !== locked) {
    throw new Error(`${from} ${locked ? "seharusnya terkunci" : "seharusnya tidak terkunci"}; jawaban: ${probe.ok ? "masuk" : probe.message}`);
  }
}

export async function expectSignedIn(url: string, cookie: string, nama: string): Promise<void> {
  const page = await request(`${url}/beranda`, { headers: { cookie } });
  if (page.status !== 200) throw new Error(`${url}/beranda menjawab ${page.status}${page.location ? ` → ${page.location}` : ""}`);
  const firstName = nama.split(",")[0] ?? nama;
  if (!page.body.includes(firstName)) throw new Error(`${url}/beranda tidak menampilkan ${firstName}`);
}

function randomNip(): string {
  return `1990${String(randomInt(10 ** 9)).padStart(9, "0")}1${String(randomInt(10 ** 4)).padStart(4, "0")}`;
}
