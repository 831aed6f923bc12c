import "server-only";
import type { TaskList } from "graphile-worker";
import { NAMA_TUGAS } from "@/lib/server/antrean/nama-tugas";
import { kirimEmailNotifikasi } from "@/lib/server/notifikasi/kirim-email";
import { jadwalPengingat, tugasPengingat } from "@/lib/server/pengingat/tugas";
import { kirimEmailRingkasan } from "@/lib/server/ringkasan/kirim-email-ringkasan";
import { ringkasanHarian } from "@/lib/server/ringkasan/ringkasan-harian";
import { tugasKirimSiasn } from "@/lib/server/kirim-siasn/tugas";
import { tugasSinkronMassal } from "@/lib/server/siasn/sinkron-massal/tugas";

/** What the worker process (scripts/worker.ts) can run, by NAMA_TUGAS name. */
export const daftarTugas: TaskList = {
  ...tugasPengingat,
  [NAMA_TUGAS.KIRIM_EMAIL_NOTIFIKASI]: kirimEmailNotifikasi,
  [NAMA_TUGAS.RINGKASAN_HARIAN]: ringkasanHarian,
  [NAMA_TUGAS.KIRIM_EMAIL_RINGKASAN]: kirimEmailRingkasan,
  [NAMA_TUGAS.SINKRON_SIASN_MASSAL]: tugasSinkronMassal,
  [NAMA_TUGAS.KIRIM_SIASN]: tugasKirimSiasn,
};

/**
 * graphile-worker crontab lines (UTC). Work that must happen at a local hour runs hourly and
 * picks the instansi whose clock shows that hour (lib/domain/zona-waktu.ts).
 */
export const jadwalTugas = [
  jadwalPengingat,
  // The 07.00 digest: every hour on the hour, for the instansi where it is 07.xx now.
  `0 * * * * ${NAMA_TUGAS.RINGKASAN_HARIAN} ?fill=2h`,
].join("\n");
