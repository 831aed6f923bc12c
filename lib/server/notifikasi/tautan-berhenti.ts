import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { JenisNotifikasi } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";

/** What a turn-off link can turn off: one kind, or the 07.00 digest as a whole. */
export type YangDihentikan = JenisNotifikasi | "RINGKASAN";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The turn-off link in every email works without signing in (a person reading mail on the
 * phone is rarely signed in), so it carries who and what, signed with NEXTAUTH_SECRET. It does
 * not expire: an old email's link must still work. It can only ever move one kind to the app.
 */
export function tokenBerhenti(pegawaiId: string, jenis: YangDihentikan): string {
  return `${pegawaiId}.${jenis}.${tanda(pegawaiId, jenis)}`;
}

/** The absolute URL for an email: APP_URL/berhenti-notifikasi?token=… */
export function tautanBerhenti(pegawaiId: string, jenis: YangDihentikan): string {
  return `${env().APP_URL.replace(/\/$/, "")}/berhenti-notifikasi?token=${encodeURIComponent(tokenBerhenti(pegawaiId, jenis))}`;
}

/** Who and what a token names, or null for anything not signed by us. */
export function bacaTokenBerhenti(token: string): { pegawaiId: string; jenis: YangDihentikan } | null {
  const [pegawaiId, jenis, sig, ...lebih] = token.split(".");
  if (!pegawaiId || !jenis || !sig || lebih.length > 0 || !UUID.test(pegawaiId)) return null;
  if (jenis !== "RINGKASAN" && !(jenis in JenisNotifikasi)) return null;
  const harap = Buffer.from(tanda(pegawaiId, jenis as YangDihentikan));
  const diberi = Buffer.from(sig);
  if (harap.length !== diberi.length || !timingSafeEqual(harap, diberi)) return null;
  return { pegawaiId, jenis: jenis as YangDihentikan };
}

function tanda(pegawaiId: string, jenis: YangDihentikan): string {
  return createHmac("sha256", env().NEXTAUTH_SECRET).update(`berhenti-notifikasi:${pegawaiId}:${jenis}`).digest("base64url");
}
