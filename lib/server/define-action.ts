import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "@/lib/schemas/zod";
import { DomainError } from "@/lib/domain/errors";
import { db, type Tx } from "@/lib/server/db";
import { getActorTermasukWajibGantiSandi, type Actor } from "@/lib/server/auth";

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T> = { ok: true; data: T } | { ok: false; message?: string; fieldErrors?: FieldErrors };

const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

type ActionContext<I> = { input: I; actor: Actor; tx: Tx };

type ActionConfig<S extends z.ZodType> = {
  schema: S;
  /** Role-level gate; record-level rules run inside the body, after loading the record. */
  requireAdmin?: boolean;
  /**
   * false: no BEGIN/COMMIT around the body, which gets the plain client as `tx`. Only for a
   * body whose one write is a single statement (atomic by itself) guarded by the version it
   * read, so it saves two round trips on a hot path without giving up all-or-nothing.
   */
  transaction?: false;
  /** Only the new-password action: it must run while every other action refuses this actor. */
  izinkanWajibGantiSandi?: true;
};

/**
 * The one wrapper every mutation goes through: resolve the actor, validate with zod, run the
 * body in a transaction (so a failure leaves nothing behind) and turn errors into ActionResult.
 * The body loads what it touches, checks the pure rule from lib/domain and throws DomainError.
 */
export function defineAction<S extends z.ZodType, T>(
  config: ActionConfig<S>,
  body: (ctx: ActionContext<z.output<S>>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (rawInput) => {
    // Reading the actor is the first query: a database that is down must give the same message.
    const masuk = await getActorTermasukWajibGantiSandi().catch((error: unknown) => (isDatabaseUnreachable(error) ? DATABASE_DOWN : Promise.reject(error)));
    if (masuk === DATABASE_DOWN) return { ok: false, message: DATABASE_UNREACHABLE_MESSAGE };
    if (!masuk) return { ok: false, message: "Sesi Anda telah berakhir. Silakan masuk kembali." };
    if (masuk.wajibGantiSandi && !config.izinkanWajibGantiSandi) return { ok: false, message: WAJIB_GANTI_SANDI_MESSAGE };
    const { actor } = masuk;
    if (config.requireAdmin && !actor.isAdmin) {
      return { ok: false, message: "Halaman ini hanya untuk admin instansi." };
    }

    const parsed = config.schema.safeParse(rawInput);
    if (!parsed.success) {
      return {
        ok: false,
        message: "Periksa kembali isian yang ditandai.",
        fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors,
      };
    }

    try {
      // On deadline day many actions queue for a pooled connection; waiting a little longer
      // than Prisma's 2 s default beats failing a submission that would have gone through.
      const data =
        config.transaction === false
          ? await body({ input: parsed.data, actor, tx: db })
          : await db.$transaction((tx) => body({ input: parsed.data, actor, tx }), TRANSACTION_OPTIONS);
      return { ok: true, data };
    } catch (error) {
      return toFailure(error);
    }
  };
}

export function toFailure(error: unknown): { ok: false; message: string; fieldErrors?: FieldErrors } {
  if (error instanceof DomainError) {
    return error.field
      ? { ok: false, message: error.message, fieldErrors: { [error.field]: [error.message] } }
      : { ok: false, message: error.message };
  }
  if (isDatabaseUnreachable(error)) {
    console.error("[aksi gagal: basis data tidak dapat dihubungi]", error);
    return { ok: false, message: DATABASE_UNREACHABLE_MESSAGE };
  }
  const errorId = randomUUID().slice(0, 8);
  console.error(`[aksi gagal ${errorId}]`, error);
  return { ok: false, message: `Terjadi kesalahan pada server (kode ${errorId}). Silakan coba lagi.` };
}

export const WAJIB_GANTI_SANDI_MESSAGE = "Buat kata sandi baru Anda terlebih dahulu: kata sandi sementara dari admin hanya untuk masuk sekali.";
export const DATABASE_UNREACHABLE_MESSAGE = "Basis data sedang tidak dapat dihubungi. Coba lagi sebentar lagi.";
const DATABASE_DOWN = Symbol("database down");

// PostgreSQL down, restarting or cut off mid-statement: nothing was written (the transaction
// died with the connection), so the user can only wait and try again. The pool reconnects by
// itself once PostgreSQL is back.
const CONNECTION_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|57P0[1-3]|08\d{3}|P1001|P1017)$/;
// The names @prisma/adapter-pg gives socket failures.
const CONNECTION_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const CONNECTION_MESSAGES = /Connection terminated|terminating connection|the database system is (starting up|shutting down)/i;

function isDatabaseUnreachable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Object && depth < 6; e = (e as { cause?: unknown }).cause, depth += 1) {
    const { code, kind, message } = e as { code?: unknown; kind?: unknown; message?: unknown };
    if (CONNECTION_CODES.test(String(code)) || CONNECTION_KINDS.has(String(kind)) || CONNECTION_MESSAGES.test(String(message))) return true;
  }
  return false;
}
