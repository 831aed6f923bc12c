import "server-only";
import type { TaskList } from "graphile-worker";
import { kirimEmailNotifikasi } from "@/lib/server/notifikasi/kirim-email";
import { NAMA_TUGAS } from "./nama-tugas";

/** What the worker process (scripts/worker.ts) can run, by NAMA_TUGAS name. */
export const daftarTugas: TaskList = {
  [NAMA_TUGAS.KIRIM_EMAIL_NOTIFIKASI]: kirimEmailNotifikasi,
};

/**
 * graphile-worker crontab lines (UTC). Work that must happen at a local hour runs hourly and
 * picks the instansi whose clock shows that hour (lib/domain/zona-waktu.ts).
 */
export const jadwalTugas = "";
