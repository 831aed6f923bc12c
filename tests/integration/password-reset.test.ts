import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { actAs, createPegawaiWithPassword } from "./helpers/session";
import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { readMessages, startSmtpSink, type SinkMessage } from "../../scripts/lib/smtp-sink";

// A real SMTP server on free ports; the app's mail settings must point at it before
// lib/env.ts is first read, hence the dynamic imports below.
const mailDir = await mkdtemp(path.join(os.tmpdir(), "ekinerja-mail-"));
const sink = await startSmtpSink({ smtpPort: 0, httpPort: 0, dir: mailDir });
process.env.SMTP_HOST = "127.0.0.1";
process.env.SMTP_PORT = String(sink.smtpPort);

const { db } = await import("@/lib/server/db");
const { authorizeCredentials, getActor } = await import("@/lib/server/auth");
const { checkResetToken, requestPasswordReset, resetPassword } = await import("@/lib/server/actions/password-reset");

const NEUTRAL = "Jika NIP terdaftar dan memiliki email, tautan reset telah dikirim ke email tersebut.";
const OLD = "Lama12345";
const NEW = "BaruSekali2026";

afterAll(async () => {
  await sink.stop();
  await rm(mailDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await fetch(`http://127.0.0.1:${sink.httpPort}/api/messages`, { method: "DELETE" });
});

describe("lupa kata sandi", () => {
  test("the link in the email sets a new password once and lifts a sign-in lock", async () => {
    const p = await createPegawaiWithPassword({ nip: "198501012010011001", password: OLD, email: "budi@uji.go.id" });
    await db.loginThrottle.create({ data: { key: `nip:${p.nip}`, failures: 5, lockedUntil: new Date(Date.now() + 600_000) } });

    expect(await requestPasswordReset({ nip: "19850101 201001 1 001" })).toEqual({ ok: true, data: { message: NEUTRAL } });
    const [mail] = await waitForMail(1);
    expect(mail).toMatchObject({ to: "budi@uji.go.id", subject: "Atur ulang kata sandi e-Kinerja" });
    const token = tokenFrom(mail!);

    const row = await db.passwordResetToken.findFirstOrThrow({ where: { pegawaiId: p.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);

    expect(await checkResetToken(token)).toMatchObject({ valid: true, nip: p.nip });
    expect(await resetPassword({ token, password: NEW, confirmPassword: NEW })).toEqual({ ok: true, data: null });

    await expect(authorizeCredentials({ nip: p.nip, password: NEW }, { headers: {} })).resolves.toMatchObject({ id: p.id });
    await expect(authorizeCredentials({ nip: p.nip, password: OLD }, { headers: {} })).rejects.toThrow(
      "NIP atau kata sandi salah.",
    );

    const again = await resetPassword({ token, password: "LainLagi99", confirmPassword: "LainLagi99" });
    expect(again).toEqual({ ok: false, message: "Tautan reset kata sandi ini sudah pernah dipakai." });
  });

  test("a reset signs out every session opened with the old password; a new sign-in works", async () => {
    const p = await createPegawaiWithPassword({ nip: "198501012010011011", password: OLD, email: "sari@uji.go.id" });
    await actAs(p.id);
    expect(await getActor()).toMatchObject({ id: p.id });

    await requestPasswordReset({ nip: p.nip });
    const [mail] = await waitForMail(1);
    expect(await resetPassword({ token: tokenFrom(mail!), password: NEW, confirmPassword: NEW })).toEqual({ ok: true, data: null });

    expect(await getActor()).toBeNull();
    await expect(authorizeCredentials({ nip: p.nip, password: NEW }, { headers: {} })).resolves.toMatchObject({ id: p.id, sesiVersi: 1 });
    await actAs(p.id);
    expect(await getActor()).toMatchObject({ id: p.id });
  });

  test("an expired link is refused", async () => {
    const p = await createPegawaiWithPassword({ nip: "198502022010012002", password: OLD });
    await requestPasswordReset({ nip: p.nip });
    const token = tokenFrom((await waitForMail(1))[0]!);
    await db.passwordResetToken.updateMany({ where: { pegawaiId: p.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const result = await resetPassword({ token, password: NEW, confirmPassword: NEW });

    expect(result).toEqual({ ok: false, message: "Tautan reset kata sandi ini sudah kedaluwarsa (berlaku 30 menit)." });
    await expect(authorizeCredentials({ nip: p.nip, password: OLD }, { headers: {} })).resolves.toMatchObject({ id: p.id });
  });

  test("a password that breaks the rules is refused next to its field and the link stays usable", async () => {
    const p = await createPegawaiWithPassword({ nip: "198503032010011003", password: OLD });
    await requestPasswordReset({ nip: p.nip });
    const token = tokenFrom((await waitForMail(1))[0]!);

    const short = await resetPassword({ token, password: "abc1", confirmPassword: "abc1" });
    expect(short).toMatchObject({ ok: false, fieldErrors: { password: ["Kata sandi minimal 8 karakter."] } });

    const withNip = `x${p.nip}`;
    const nipInside = await resetPassword({ token, password: withNip, confirmPassword: withNip });
    expect(nipInside).toMatchObject({ ok: false, fieldErrors: { password: ["Kata sandi tidak boleh memuat NIP Anda."] } });

    const mismatch = await resetPassword({ token, password: NEW, confirmPassword: `${NEW}x` });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["Konfirmasi kata sandi tidak sama."] } });

    expect(await checkResetToken(token)).toMatchObject({ valid: true });
  });

  test("a newer request replaces the older link", async () => {
    const p = await createPegawaiWithPassword({ nip: "198504042010011004", password: OLD });
    await requestPasswordReset({ nip: p.nip });
    const first = tokenFrom((await waitForMail(1))[0]!);
    await requestPasswordReset({ nip: p.nip });
    const second = tokenFrom((await waitForMail(2))[0]!);

    expect(await checkResetToken(first)).toMatchObject({ valid: false });
    expect(await checkResetToken(second)).toMatchObject({ valid: true });
  });

  test("an unknown NIP, an account without email and a fourth request all get the neutral answer and no mail", async () => {
    await createPegawaiWithPassword({ nip: "198505052010011005", password: OLD, email: null });
    const p = await createPegawaiWithPassword({ nip: "198506062010011006", password: OLD, email: "sari@uji.go.id" });

    expect(await requestPasswordReset({ nip: "198599992010011999" })).toEqual({ ok: true, data: { message: NEUTRAL } });
    expect(await requestPasswordReset({ nip: "198505052010011005" })).toEqual({ ok: true, data: { message: NEUTRAL } });
    for (let i = 0; i < 4; i++) {
      expect(await requestPasswordReset({ nip: p.nip })).toEqual({ ok: true, data: { message: NEUTRAL } });
    }

    // Mail that was going to come has come once the three allowed mails for sari are in.
    const mails = await waitForMail(3);
    expect(mails.map((m) => m.to)).toEqual(["sari@uji.go.id", "sari@uji.go.id", "sari@uji.go.id"]);
  });

  test("a malformed NIP is reported on its field", async () => {
    expect(await requestPasswordReset({ nip: "12345" })).toMatchObject({
      ok: false,
      fieldErrors: { nip: ["NIP harus 18 digit angka."] },
    });
  });
});

async function waitForMail(count: number): Promise<SinkMessage[]> {
  for (let waited = 0; waited < 5000; waited += 50) {
    const messages = await readMessages(mailDir);
    if (messages.length >= count) {
      await new Promise((r) => setTimeout(r, 100));
      return readMessages(mailDir);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected ${count} email(s) in the sink`);
}

function tokenFrom(mail: SinkMessage): string {
  const match = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`no reset link in: ${mail.text}`);
  return match[1];
}
