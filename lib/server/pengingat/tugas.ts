import "server-only";
import type { Task, TaskList } from "graphile-worker";
import { NAMA_TUGAS } from "@/lib/server/antrean/nama-tugas";
import { saatCron } from "@/lib/server/antrean/saat-cron";
import { kirimPengingatBatasPengisian } from "./batas-pengisian";
import { kirimPengingatProgresHarian } from "./progres-harian";
import { kirimPengingatSkpMenunggu } from "./skp-menunggu";

function tugas(kirim: (now: Date) => Promise<number>): Task {
  return async (payload, helpers) => {
    const saat = saatCron(payload);
    const terkirim = await kirim(saat);
    if (terkirim > 0) helpers.logger.info(`${terkirim} pengingat terkirim untuk ${saat.toISOString()}`);
  };
}

/** The three scheduled reminders (issue 12, point 5). */
export const tugasPengingat: TaskList = {
  [NAMA_TUGAS.PENGINGAT_BATAS_PENGISIAN]: tugas(kirimPengingatBatasPengisian),
  [NAMA_TUGAS.PENGINGAT_PROGRES_HARIAN]: tugas(kirimPengingatProgresHarian),
  [NAMA_TUGAS.PENGINGAT_SKP_MENUNGGU]: tugas(kirimPengingatSkpMenunggu),
};

/**
 * Every hour on the hour (UTC): each run serves the zones whose clock shows the reminder's local
 * hour (lib/domain/pengingat.ts). `fill=2h`: a tick missed while no worker ran is still run, for
 * its own moment, once one starts; PengingatTerkirim keeps that from sending anything twice.
 */
export const jadwalPengingat = [
  `0 * * * * ${NAMA_TUGAS.PENGINGAT_BATAS_PENGISIAN} ?fill=2h`,
  `0 * * * * ${NAMA_TUGAS.PENGINGAT_PROGRES_HARIAN} ?fill=2h`,
  `0 * * * * ${NAMA_TUGAS.PENGINGAT_SKP_MENUNGGU} ?fill=2h`,
].join("\n");
