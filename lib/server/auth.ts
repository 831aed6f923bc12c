import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { NextAuthOptions, User } from "next-auth";
import { decode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { normalizeNip } from "@/lib/domain/nip";
import { env } from "@/lib/env";
import { Role } from "@/lib/generated/prisma/enums";
import { signInSchema } from "@/lib/schemas/auth";
import { db } from "@/lib/server/db";
import { clearLoginFailures, getLoginThrottle, recordLoginFailure } from "@/lib/server/login-throttle";
import { verifyAgainstDummy, verifyPassword } from "@/lib/server/password";

export type Actor = {
  id: string;
  instansiId: string;
  nip: string;
  nama: string;
  isAdmin: boolean;
  unitId: string | null;
  atasanId: string | null;
  /** Has an active bawahan or is the penilai of some SKP: the menu then shows the atasan pages. */
  hasBawahan: boolean;
};

export const WRONG_CREDENTIALS_MESSAGE = "NIP atau kata sandi salah.";
export const INACTIVE_MESSAGE = "Akun Anda sudah tidak aktif. Hubungi admin kepegawaian instansi Anda.";

export function lockedMessage(minutes: number): string {
  return `Terlalu banyak percobaan masuk. Coba lagi dalam ${minutes} menit.`;
}

/** The session cookie names next-auth uses over http and https. */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

// A working day: a shared office computer left signed in does not stay usable for a month.
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

type CredentialsRequest = { headers?: Record<string, unknown> };

/**
 * Checks NIP and password for next-auth. Every failure throws a message for the form; the
 * same message for an unknown NIP and a wrong password, and the same lock for both.
 */
export async function authorizeCredentials(
  credentials: Record<string, string> | undefined,
  req: CredentialsRequest,
): Promise<User> {
  const address = clientAddress(req.headers);
  const parsed = signInSchema.safeParse(credentials ?? {});
  const nip = parsed.success ? parsed.data.nip : normalizeNip(String(credentials?.nip ?? ""));
  const password = String(credentials?.password ?? "");

  const throttle = await getLoginThrottle(nip, address);
  if (throttle.lockedMinutes) throw new Error(lockedMessage(throttle.lockedMinutes));
  await sleep(throttle.delayMs);

  const pegawai = parsed.success
    ? await db.pegawai.findUnique({
        where: { nip },
        select: { id: true, nama: true, instansiId: true, roles: true, aktif: true, passwordHash: true, sesiVersi: true },
      })
    : null;
  const passwordOk = pegawai
    ? await verifyPassword(pegawai.passwordHash, password)
    : await verifyAgainstDummy(password);

  if (!pegawai || !passwordOk) {
    const lockedMinutes = await recordLoginFailure(nip, address);
    throw new Error(lockedMinutes ? lockedMessage(lockedMinutes) : WRONG_CREDENTIALS_MESSAGE);
  }
  // Only someone holding the right password learns that the account was deactivated.
  if (!pegawai.aktif) throw new Error(INACTIVE_MESSAGE);

  await clearLoginFailures(nip);
  return {
    id: pegawai.id,
    name: pegawai.nama,
    instansiId: pegawai.instansiId,
    isAdmin: pegawai.roles.includes(Role.ADMIN),
    sesiVersi: pegawai.sesiVersi,
  };
}

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/masuk", error: "/masuk" },
  providers: [
    CredentialsProvider({
      name: "NIP",
      credentials: {
        nip: { label: "NIP", type: "text" },
        password: { label: "Kata sandi", type: "password" },
      },
      authorize: (credentials, req) => authorizeCredentials(credentials, req),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.instansiId = user.instansiId;
        token.isAdmin = user.isAdmin;
        token.sesiVersi = user.sesiVersi;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.sub ?? "",
        name: token.name ?? "",
        instansiId: token.instansiId,
        isAdmin: token.isAdmin,
      };
      return session;
    },
  },
};

/**
 * The signed-in pegawai, re-read from the database on every request so a deactivated
 * account, a changed role or a password reset takes effect at once, not when the JWT expires.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await readSession();
  if (!session) return null;

  // One round trip on every page: the menu's "is this an atasan" question rides along. A
  // PLT/PLH standing in for an atasan has no bawahan of their own but is the penilai of SKPs.
  const [row] = await db.$queryRaw<Array<Omit<Actor, "isAdmin"> & { roles: string[] }>>`
    SELECT p.id, p."instansiId", p.nip, p.nama, p.roles::text[] AS roles, p."unitId", p."atasanId",
           EXISTS (SELECT 1 FROM "Pegawai" b WHERE b."atasanId" = p.id AND b.aktif)
        OR EXISTS (SELECT 1 FROM "Skp" s WHERE s."penilaiId" = p.id) AS "hasBawahan"
    FROM "Pegawai" p
    WHERE p.id = ${session.pegawaiId}::uuid AND p.aktif AND p."sesiVersi" = ${session.sesiVersi}`;
  if (!row) return null;

  const { roles, ...rest } = row;
  return { ...rest, isAdmin: roles.includes(Role.ADMIN) };
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/masuk");
  return actor;
}

async function readSession(): Promise<{ pegawaiId: string; sesiVersi: number } | null> {
  const store = await cookies();
  const raw = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: env().NEXTAUTH_SECRET });
    const sub = z.uuid().safeParse(token?.sub);
    const sesiVersi = z.number().int().safeParse(token?.sesiVersi ?? 0);
    return sub.success && sesiVersi.success ? { pegawaiId: sub.data, sesiVersi: sesiVersi.data } : null;
  } catch {
    // Expired, tampered with, or signed with an old secret: simply signed out.
    return null;
  }
}

// Behind a reverse proxy the first X-Forwarded-For entry is the client; the proxy must
// overwrite, not append to, a header the client sent (see README "Keamanan masuk").
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || "unknown";
}
