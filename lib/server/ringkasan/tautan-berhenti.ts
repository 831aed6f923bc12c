import "server-only";
import type { JenisNotifikasi } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";

/**
 * The link in the digest that turns one kind off. The only place the digest builds it: the
 * signed one-click link of lib/server/notifikasi replaces this body at merge. Until then it
 * opens Profil at that kind, where the person chooses its channel (pegawaiId is for the signed link).
 */
export function tautanBerhentiRingkasan(pegawaiId: string, jenis: JenisNotifikasi): string {
  return `${env().APP_URL}/profil#notifikasi-${jenis.toLowerCase()}`;
}
