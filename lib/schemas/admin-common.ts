import { z } from "./zod";
import { tanggal, versi } from "./dasar";

/** Shared pieces of the admin forms: ids, optional ids from a <select>, calendar dates. */

export const idSchema = (pesan: string) => z.guid({ error: pesan });

/** A <select> whose empty option means "none". */
export const optionalIdSchema = (pesan: string) => z.union([z.literal(""), z.guid({ error: pesan })]);

export const isoDateSchema = tanggal;

/** Eselon I–IV from a <select>; the empty option means "non-eselon". */
export const eselonSchema = z.enum(["", "1", "2", "3", "4"], { error: "Pilih eselon." });

export function eselonToNumber(value: "" | "1" | "2" | "3" | "4"): number | null {
  return value === "" ? null : Number(value);
}

export const versionSchema = versi("Versi data tidak dikenal.");
