import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { User } from "next-auth";
import { normalizeNip } from "@/lib/domain/nip";
import { Role } from "@/lib/generated/prisma/enums";
import { signInSchema } from "@/lib/schemas/auth";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { releaseLoginAttempt, reserveLoginAttempt } from "@/lib/server/autentikasi/pembatas-masuk";
import { verifyAgainstDummy, verifyPassword } from "@/lib/server/autentikasi/password";
import { createSesi } from "@/lib/server/autentikasi/sesi";

export const WRONG_CREDENTIALS_MESSAGE = "NIP atau kata sandi salah.";
export const INACTIVE_MESSAGE = "Akun Anda sudah tidak aktif. Hubungi admin kepegawaian instansi Anda.";

export function lockedMessage(minutes: number): string {
  return `Terlalu banyak percobaan masuk. Coba lagi dalam ${minutes} menit.`;
}

export type CredentialsRequest = { headers?: Record<string, unknown> };

type Pegawai = { id: string; instansiId: string };

/** Why a sign-in failed, as the audit log keeps it (the user always hears one of two messages). */
type Alasan = "KATA_SANDI_SALAH" | "TERKUNCI" | "NONAKTIF";

/**
 * Checks NIP and password for next-auth. Every failure throws a message for the form; the
 * same message for an unknown NIP and a wrong password, and the same lock for both. The
 * attempt is counted before the password is checked (see lib/server/autentikasi/pembatas-masuk.ts).
 */
export async function authorizeCredentials(
  credentials: Record<string, string> | undefined,
  req: CredentialsRequest,
): Promise<User> {
  const alamat = clientAddress(req.headers);
  const parsed = signInSchema.safeParse(credentials ?? {});
  // PostgreSQL text cannot hold NUL: a typed one must not turn a wrong NIP into a server error.
  const nip = parsed.success ? parsed.data.nip : normalizeNip(String(credentials?.nip ?? "")).replaceAll("\u0000", "");
  const password = String(credentials?.password ?? "");

  const reservation = await reserveLoginAttempt(nip, alamat);
  const pegawai = parsed.success
    ? await db.pegawai.findUnique({
        where: { nip },
        select: { id: true, nama: true, instansiId: true, roles: true, aktif: true, passwordHash: true, sesiVersi: true },
      })
    : null;
  if (!reservation.allowed) {
    await auditFailure(pegawai, nip, alamat, "TERKUNCI");
    throw new Error(lockedMessage(reservation.lockedMinutes));
  }
  await sleep(reservation.delayMs);

  const passwordOk = pegawai ? await verifyPassword(pegawai.passwordHash, password) : await verifyAgainstDummy(password);
  if (!pegawai || !passwordOk) {
    await auditFailure(pegawai, nip, alamat, "KATA_SANDI_SALAH");
    // The failure that reached a limit says so at once, rather than the next try.
    const locked = reservation.lockedMinutesOnFailure;
    throw new Error(locked ? lockedMessage(locked) : WRONG_CREDENTIALS_MESSAGE);
  }
  // Only someone holding the right password learns that the account was deactivated.
  if (!pegawai.aktif) {
    await releaseLoginAttempt(nip, alamat, db);
    await auditFailure(pegawai, nip, alamat, "NONAKTIF");
    throw new Error(INACTIVE_MESSAGE);
  }

  const userAgent = typeof req.headers?.["user-agent"] === "string" ? req.headers["user-agent"] : null;
  const sid = await db.$transaction(async (tx) => {
    await releaseLoginAttempt(nip, alamat, tx);
    const id = await createSesi(tx, pegawai.id, { alamat: knownAddress(alamat), userAgent });
    await writeAudit(tx, pegawai, { aksi: "MASUK_BERHASIL", entitas: "Pegawai", entitasId: pegawai.id, alamat: knownAddress(alamat) });
    return id;
  });
  return {
    id: pegawai.id,
    name: pegawai.nama,
    instansiId: pegawai.instansiId,
    isAdmin: pegawai.roles.includes(Role.ADMIN),
    sesiVersi: pegawai.sesiVersi,
    sid,
  };
}

// Nobody is signed in yet, so the row has no actor; it is filed under the pegawai whose NIP
// was typed (their sign-in history in Profil), or under no one with the NIP when it is unknown.
async function auditFailure(pegawai: Pegawai | null, nip: string, alamat: string, alasan: Alasan): Promise<void> {
  await writeAudit(db, null, {
    aksi: "MASUK_GAGAL",
    entitas: "Pegawai",
    entitasId: pegawai?.id ?? null,
    instansiId: pegawai?.instansiId,
    data: { nip: nip.slice(0, 32), alasan },
    alamat: knownAddress(alamat),
  });
}

function knownAddress(alamat: string): string | null {
  return alamat === UNKNOWN_ADDRESS ? null : alamat;
}

const UNKNOWN_ADDRESS = "unknown";

// The app's HTTP server (scripts/serve.ts) overwrites X-Forwarded-For with the one address it
// trusts; its first entry is the client (see README "Keamanan masuk").
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first?.slice(0, 64) || UNKNOWN_ADDRESS;
}
