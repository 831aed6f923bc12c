import "server-only";
import type { TaskList } from "graphile-worker";
import { tugasSinkronMassal } from "@/lib/server/siasn/sinkron-massal/tugas";
import { NAMA_TUGAS } from "./nama-tugas";

/** What the worker process (scripts/worker.ts) can run, by NAMA_TUGAS name. */
export const daftarTugas: TaskList = {
  [NAMA_TUGAS.SINKRON_SIASN_MASSAL]: tugasSinkronMassal,
};

/**
 * graphile-worker crontab lines (UTC). Work that must happen at a local hour runs hourly and
 * picks the instansi whose clock shows that hour (lib/domain/zona-waktu.ts).
 */
export const jadwalTugas = "";
