import "server-only";
import type { Task } from "graphile-worker";
import { z } from "@/lib/schemas/zod";
import { JENIS_NOTIFIKASI, saluranUntuk } from "@/lib/domain/notifikasi";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { sendNotifikasiMail } from "@/lib/server/mail";
import { tautanBerhenti } from "./tautan-berhenti";

const payloadSchema = z.object({ notifikasiId: z.uuid() });

/**
 * Job `kirim-email-notifikasi`, queued by catatNotifikasi. The choice is read again here, not
 * trusted from when the job was queued: someone who turned the kind off (or lost their email
 * address, or their account) in the meantime gets nothing. A send that fails throws, so
 * graphile-worker retries it with backoff.
 */
export const kirimEmailNotifikasi: Task = async (payload) => {
  const { notifikasiId } = payloadSchema.parse(payload);
  const n = await db.notifikasi.findUnique({
    where: { id: notifikasiId },
    select: {
      id: true,
      jenis: true,
      judul: true,
      isi: true,
      penerima: { select: { id: true, nama: true, email: true, aktif: true, preferensiNotifikasi: { select: { jenis: true, saluran: true } } } },
    },
  });
  if (!n || !n.penerima.aktif || !n.penerima.email) return;
  const pilihan = new Map(n.penerima.preferensiNotifikasi.map((p) => [p.jenis, p.saluran]));
  if (saluranUntuk(n.jenis, pilihan) !== "EMAIL_SEGERA") return;

  await sendNotifikasiMail({
    to: n.penerima.email,
    nama: n.penerima.nama,
    judul: n.judul,
    isi: n.isi,
    tautan: `${env().APP_URL.replace(/\/$/, "")}/notifikasi/${n.id}`,
    tautanBerhenti: tautanBerhenti(n.penerima.id, n.jenis),
    labelJenis: JENIS_NOTIFIKASI[n.jenis].label,
  });
};
