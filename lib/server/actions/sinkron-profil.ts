"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { SiasnError } from "@/lib/domain/siasn/errors";
import { terapkanSinkronSchema, type TerapkanSinkronInput } from "@/lib/schemas/profil";
import { getActor, type Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { toFailure, type ActionResult, type FieldErrors } from "@/lib/server/define-action";
import { getSiasnClient } from "@/lib/server/siasn/get-client";
import {
  applySiasnChanges,
  compareProfilWithSiasn,
  recordSinkronGagal,
  type BarisSinkron,
  type PerbandinganSiasn,
} from "@/lib/server/siasn/sync-profil";

/**
 * "Sinkron SIASN" of the signed-in pegawai's own profile. These two actions do not use
 * defineAction: the SIASN call must run outside a transaction (it can take many seconds), and
 * a failure must still leave a SinkronSiasn row behind, which a rolled-back transaction would
 * not. They keep its shape: actor first, zod, one result type.
 */

export type PerbandinganTampil = {
  version: number;
  perubahan: BarisSinkron[];
  unitCocokLewatNama: boolean;
};

const TIDAK_DIKONFIGURASI = "SIASN belum dikonfigurasi untuk aplikasi ini. Hubungi admin instansi.";

/** Step 1: what SIASN says beside what the app has. With no difference it records the sync at once. */
export async function bandingkanProfilSiasn(): Promise<ActionResult<PerbandinganTampil>> {
  const actor = await getActor();
  if (!actor) return SESI_BERAKHIR;
  const result = await withSiasn(actor, async (perbandingan) => {
    if (perbandingan.perubahan.length === 0) {
      await db.$transaction((tx) => applySiasnChanges(tx, perbandingan, [], actor.id));
    }
    return {
      version: perbandingan.version,
      perubahan: perbandingan.perubahan,
      unitCocokLewatNama: perbandingan.unitCocokLewatNama,
    };
  });
  revalidatePath("/profil");
  return result;
}

/**
 * Step 2: applies the ticked rows. SIASN is asked again so nothing the browser sends is taken
 * as SIASN's word, and `version` (from step 1) makes the apply refuse if the pegawai edited
 * their profile in between.
 */
export async function terapkanSinkronSiasn(input: TerapkanSinkronInput): Promise<ActionResult<{ jumlah: number }>> {
  const actor = await getActor();
  if (!actor) return SESI_BERAKHIR;
  const parsed = terapkanSinkronSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: "Pilihan data tidak valid.", fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors };
  }
  const result = await withSiasn(actor, async (perbandingan) => {
    const sesuaiVersi = { ...perbandingan, version: parsed.data.version };
    const hasil = await db.$transaction((tx) => applySiasnChanges(tx, sesuaiVersi, parsed.data.fields, actor.id));
    return { jumlah: hasil.diterapkan.length };
  });
  revalidatePath("/profil");
  return result;
}

const SESI_BERAKHIR = { ok: false, message: "Sesi Anda telah berakhir. Silakan masuk kembali." } as const;

/** Runs `fn` on a fresh comparison; a SIASN failure is recorded and named to the user. */
async function withSiasn<T>(actor: Actor, fn: (p: PerbandinganSiasn) => Promise<T>): Promise<ActionResult<T>> {
  const client = getSiasnClient();
  if (!client) return { ok: false, message: TIDAK_DIKONFIGURASI };
  try {
    // Scoped to the actor: a pegawai can only ever sync their own profile.
    const perbandingan = await compareProfilWithSiasn(db, actor.id, client);
    return { ok: true, data: await fn(perbandingan) };
  } catch (error) {
    if (error instanceof SiasnError) {
      console.warn(`[sinkron SIASN ${actor.nip}] ${error.kind}: ${error.detail ?? ""}`);
      await recordSinkronGagal(db, { pegawaiId: actor.id, actorId: actor.id, pesan: error.message });
    }
    return toFailure(error);
  }
}
