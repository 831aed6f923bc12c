import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { NextAuthOptions } from "next-auth";
import { decode, type JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "@/lib/domain/callback-url";
import type { ZonaWaktu } from "@/lib/domain/zona-waktu";
import { env } from "@/lib/env";
import { Role } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { revokeSesi, SESSION_MAX_AGE_SECONDS } from "@/lib/server/autentikasi/sesi";
import { authorizeCredentials } from "@/lib/server/autentikasi/sign-in";

export { authorizeCredentials, INACTIVE_MESSAGE, lockedMessage, WRONG_CREDENTIALS_MESSAGE } from "@/lib/server/autentikasi/sign-in";

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
  /** In a jabatan fungsional: the menu then shows Angka Kredit. */
  isFungsional: boolean;
  /** The instansi's clock: today, deadlines and "N hari lagi" are read in it. */
  zonaWaktu: ZonaWaktu;
  /** Unread notifications for the header's bell, capped at 100 ("99+") so it stays one index probe. */
  notifikasiBelumDibaca: number;
  /** This browser's session (Sesi row), so "the other devices" can be told apart from this one. */
  sesiId: string;
};

/** The session cookie names next-auth uses over http and https. */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Secure, __Secure- prefixed cookies whenever the app is served over https, whatever
  // NEXTAUTH_URL says or how the request reached the app behind a proxy.
  useSecureCookies: new URL(env().APP_URL).protocol === "https:",
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
        token.sid = user.sid;
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
    // Where next-auth sends the browser after signing in or out: only a page of this app.
    redirect({ url }) {
      return new URL(redirectPath(url), env().APP_URL).toString();
    },
  },
  events: {
    signOut: ({ token }) => endSession(token),
  },
};

/** Sign-out ends the session on the server too: the same cookie replayed later gets nothing. */
async function endSession(token: JWT | null | undefined): Promise<void> {
  const claims = sessionClaims(token);
  if (!claims) return;
  await db.$transaction(async (tx) => {
    const ended = await revokeSesi(tx, claims.sesiId, claims.pegawaiId);
    if (!ended) return;
    const pegawai = await tx.pegawai.findUnique({ where: { id: claims.pegawaiId }, select: { id: true, instansiId: true } });
    if (pegawai) await writeAudit(tx, pegawai, { aksi: "KELUAR", entitas: "Pegawai", entitasId: pegawai.id });
  });
}

/**
 * The signed-in pegawai, re-read from the database on every request so a deactivated
 * account, a changed role, a password reset or a revoked session takes effect at once, not
 * when the JWT expires.
 */
const bacaActor = cache(async (): Promise<{ actor: Actor; wajibGantiSandi: boolean } | null> => {
  const session = await readSession();
  if (!session) return null;

  // One round trip on every page: the session check, the menu's "is this an atasan" question,
  // the instansi's time zone and the bell's count ride along. A PLT/PLH standing in for an
  // atasan has no bawahan of their own but is the penilai of SKPs.
  const [row] = await db.$queryRaw<Array<Omit<Actor, "isAdmin"> & { roles: string[]; wajibGantiSandi: boolean }>>`
    SELECT p.id, p."instansiId", p.nip, p.nama, p.roles::text[] AS roles, p."unitId", p."atasanId",
           EXISTS (SELECT 1 FROM "Pegawai" b WHERE b."atasanId" = p.id AND b.aktif)
        OR EXISTS (SELECT 1 FROM "Skp" s WHERE s."penilaiId" = p.id) AS "hasBawahan",
           p."jenisJabatan" = 'FUNGSIONAL' AS "isFungsional",
           i."zonaWaktu"::text AS "zonaWaktu",
           (SELECT count(*)::int FROM (SELECT 1 FROM "Notifikasi" n
              WHERE n."penerimaId" = p.id AND n."dibacaPada" IS NULL LIMIT 100) belum) AS "notifikasiBelumDibaca",
           p."wajibGantiSandi"
    FROM "Pegawai" p
    JOIN "Instansi" i ON i.id = p."instansiId"
    WHERE p.id = ${session.pegawaiId}::uuid AND p.aktif AND p."sesiVersi" = ${session.sesiVersi}
      AND EXISTS (
        SELECT 1 FROM "Sesi" se
        WHERE se.id = ${session.sesiId}::uuid AND se."pegawaiId" = p.id
          AND se."revokedAt" IS NULL AND se."expiresAt" > (now() AT TIME ZONE 'UTC'))`;
  if (!row) return null;

  const { roles, wajibGantiSandi, ...rest } = row;
  return { actor: { ...rest, isAdmin: roles.includes(Role.ADMIN), sesiId: session.sesiId }, wajibGantiSandi };
});

/**
 * The signed-in pegawai, or null. Also null while they still hold a temporary password from
 * an admin: until they choose their own, no page, action or download treats them as signed in.
 */
export async function getActor(): Promise<Actor | null> {
  const hasil = await bacaActor();
  return hasil && !hasil.wajibGantiSandi ? hasil.actor : null;
}

/** Only for choosing a new password: the actor whatever their password state. */
export async function getActorTermasukWajibGantiSandi(): Promise<{ actor: Actor; wajibGantiSandi: boolean } | null> {
  return bacaActor();
}

export async function requireActor(): Promise<Actor> {
  const hasil = await bacaActor();
  if (!hasil) redirect("/masuk");
  if (hasil.wajibGantiSandi) redirect("/ganti-sandi");
  return hasil.actor;
}

type SessionClaims = { pegawaiId: string; sesiVersi: number; sesiId: string };

async function readSession(): Promise<SessionClaims | null> {
  const store = await cookies();
  const raw = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  if (!raw) return null;
  try {
    return sessionClaims(await decode({ token: raw, secret: env().NEXTAUTH_SECRET }));
  } catch {
    // Expired, tampered with, or signed with an old secret: simply signed out.
    return null;
  }
}

// A token from before sessions were recorded on the server has no `sid`: signed out.
function sessionClaims(token: JWT | null | undefined): SessionClaims | null {
  const sub = z.uuid().safeParse(token?.sub);
  const sid = z.uuid().safeParse(token?.sid);
  const sesiVersi = z.number().int().safeParse(token?.sesiVersi ?? 0);
  return sub.success && sid.success && sesiVersi.success ? { pegawaiId: sub.data, sesiVersi: sesiVersi.data, sesiId: sid.data } : null;
}

function redirectPath(url: string): string {
  if (url.startsWith("/")) return safeCallbackPath(url, env().APP_URL);
  try {
    const parsed = new URL(url);
    if (parsed.origin !== new URL(env().APP_URL).origin) return DEFAULT_AFTER_SIGN_IN;
    return safeCallbackPath(`${parsed.pathname}${parsed.search}${parsed.hash}`, env().APP_URL);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
}
