import { describe, expect, test } from "vitest";
import { actAs, createPegawaiWithPassword } from "./helpers/session";
import { resetPasswordPegawai } from "@/lib/server/actions/admin-pegawai-akun";
import { gantiSandi } from "@/lib/server/actions/ganti-sandi";
import { keluarSemuaPerangkat } from "@/lib/server/actions/keamanan";
import { authorizeCredentials, getActor, getActorTermasukWajibGantiSandi } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { WAJIB_GANTI_SANDI_MESSAGE } from "@/lib/server/define-action";

const HEADERS = { headers: { "x-forwarded-for": "10.9.0.1", "user-agent": "Chrome" } };

async function resetOlehAdmin(pegawaiId: string): Promise<string> {
  const admin = await createPegawaiWithPassword({ nip: `19800101200501${String(Math.floor(Math.random() * 9000) + 1000)}`, password: "Admin12345", admin: true });
  await actAs(admin.id);
  const result = await resetPasswordPegawai({ pegawaiId });
  if (!result.ok) throw new Error(result.message);
  return result.data.passwordSementara;
}

describe("ganti kata sandi", () => {
  test("after an admin reset the temporary password signs in once, and nothing but a new password is allowed", async () => {
    const p = await createPegawaiWithPassword({ nip: "199401012015011401", password: "Lama12345" });
    const sementara = await resetOlehAdmin(p.id);

    expect(await authorizeCredentials({ nip: p.nip, password: sementara }, HEADERS)).toMatchObject({ id: p.id });
    await actAs(p.id);
    expect(await getActor()).toBeNull();
    expect((await getActorTermasukWajibGantiSandi())?.wajibGantiSandi).toBe(true);
    expect(await keluarSemuaPerangkat({ konfirmasi: true })).toEqual({ ok: false, message: WAJIB_GANTI_SANDI_MESSAGE });

    expect(await gantiSandi({ sandiLama: sementara, password: "SandiBaru2026", confirmPassword: "SandiBaru2026" })).toMatchObject({ ok: true });

    expect((await getActor())?.id).toBe(p.id);
    await expect(authorizeCredentials({ nip: p.nip, password: sementara }, HEADERS)).rejects.toThrow("NIP atau kata sandi salah.");
    expect(await authorizeCredentials({ nip: p.nip, password: "SandiBaru2026" }, HEADERS)).toMatchObject({ id: p.id });
  });

  test("refuses a wrong current password, a weak one, a mismatch and the same password, each on its field", async () => {
    const p = await createPegawaiWithPassword({ nip: "199401012015011402", password: "Lama12345" });
    await actAs(p.id);

    expect(await gantiSandi({ sandiLama: "Salah12345", password: "SandiBaru2026", confirmPassword: "SandiBaru2026" })).toMatchObject({
      ok: false,
      fieldErrors: { sandiLama: ["Kata sandi saat ini salah."] },
    });
    expect(await gantiSandi({ sandiLama: "Lama12345", password: "pendek", confirmPassword: "pendek" })).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.stringContaining("minimal 8 karakter")] },
    });
    expect(await gantiSandi({ sandiLama: "Lama12345", password: `x${p.nip}`, confirmPassword: `x${p.nip}` })).toMatchObject({
      ok: false,
      fieldErrors: { password: ["Kata sandi tidak boleh memuat NIP Anda."] },
    });
    expect(await gantiSandi({ sandiLama: "Lama12345", password: "SandiBaru2026", confirmPassword: "SandiBaru2027" })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ["Konfirmasi kata sandi tidak sama."] },
    });
    expect(await gantiSandi({ sandiLama: "Lama12345", password: "Lama12345", confirmPassword: "Lama12345" })).toMatchObject({
      ok: false,
      fieldErrors: { password: ["Kata sandi baru harus berbeda dari kata sandi saat ini."] },
    });
    expect(await authorizeCredentials({ nip: p.nip, password: "Lama12345" }, HEADERS)).toMatchObject({ id: p.id });
  });

  test("keeps this browser signed in, ends the other sessions and records it", async () => {
    const p = await createPegawaiWithPassword({ nip: "199401012015011403", password: "Lama12345" });
    await actAs(p.id);
    await actAs(p.id);
    const ini = await actAs(p.id);

    expect(await gantiSandi({ sandiLama: "Lama12345", password: "SandiBaru2026", confirmPassword: "SandiBaru2026" })).toEqual({
      ok: true,
      data: { sesiLainDiakhiri: 2 },
    });

    const aktif = await db.sesi.findMany({ where: { pegawaiId: p.id, revokedAt: null }, select: { id: true } });
    expect(aktif).toEqual([{ id: ini!.sid }]);
    expect((await getActor())?.id).toBe(p.id);
    expect(await db.auditLog.findFirst({ where: { aksi: "GANTI_SANDI", entitasId: p.id } })).toMatchObject({ data: { sesiLainDiakhiri: 2 } });
  });

  test("a signed-out caller changes nothing", async () => {
    await actAs(null);
    expect(await gantiSandi({ sandiLama: "Lama12345", password: "SandiBaru2026", confirmPassword: "SandiBaru2026" })).toMatchObject({ ok: false });
  });
});
