import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let transporter: Transporter | undefined;

function getTransporter(): Transporter {
  const { SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD } = env();
  transporter ??= nodemailer.createTransport({
    host: SMTP_HOST,
    port: SMTP_PORT,
    secure: SMTP_SECURE,
    auth: SMTP_USER ? { user: SMTP_USER, pass: SMTP_PASSWORD ?? "" } : undefined,
  });
  return transporter;
}

export type ResetMail = { to: string; nama: string; link: string; validMinutes: number };

export async function sendPasswordResetMail({ to, nama, link, validMinutes }: ResetMail): Promise<void> {
  await getTransporter().sendMail({
    from: env().MAIL_FROM,
    to,
    subject: "Atur ulang kata sandi e-Kinerja",
    text: [
      `Yth. ${nama},`,
      "",
      "Kami menerima permintaan untuk mengatur ulang kata sandi akun e-Kinerja Anda.",
      `Buka tautan berikut untuk membuat kata sandi baru (berlaku ${validMinutes} menit dan hanya sekali pakai):`,
      "",
      link,
      "",
      "Jika Anda tidak meminta ini, abaikan email ini; kata sandi Anda tidak berubah.",
    ].join("\n"),
    html: `<p>Yth. ${escapeHtml(nama)},</p>
<p>Kami menerima permintaan untuk mengatur ulang kata sandi akun e-Kinerja Anda.</p>
<p><a href="${escapeHtml(link)}">Buat kata sandi baru</a></p>
<p>Tautan berlaku ${validMinutes} menit dan hanya dapat dipakai sekali.</p>
<p>Jika Anda tidak meminta ini, abaikan email ini; kata sandi Anda tidak berubah.</p>`,
  });
}

/** The 07.00 digest (lib/domain/ringkasan-harian.ts composes it). */
export async function sendRingkasanHarianMail({ to, subject, text, html }: { to: string; subject: string; text: string; html: string }): Promise<void> {
  await getTransporter().sendMail({ from: env().MAIL_FROM, to, subject, text, html });
}

export type NotifikasiMail = { to: string; nama: string; judul: string; isi: string; tautan: string; tautanBerhenti: string; labelJenis: string };

/**
 * One notification by email: the subject is its judul, the link opens it in the app (and marks
 * it read), and the turn-off link, also in List-Unsubscribe for mail programs, stops this kind.
 */
export async function sendNotifikasiMail(m: NotifikasiMail): Promise<void> {
  await getTransporter().sendMail({
    from: env().MAIL_FROM,
    to: m.to,
    subject: m.judul,
    headers: { "List-Unsubscribe": `<${m.tautanBerhenti}>` },
    text: [
      `Yth. ${m.nama},`,
      "",
      m.judul,
      ...(m.isi ? ["", m.isi] : []),
      "",
      `Buka di e-Kinerja: ${m.tautan}`,
      "",
      "—",
      `Anda menerima email ini karena "${m.labelJenis}" diatur ke email segera di Profil › Notifikasi.`,
      `Berhenti menerima email ini: ${m.tautanBerhenti}`,
    ].join("\n"),
    html: `<p>Yth. ${escapeHtml(m.nama)},</p>
<p><strong>${escapeHtml(m.judul)}</strong></p>
${m.isi ? `<p style="white-space:pre-line">${escapeHtml(m.isi)}</p>` : ""}
<p><a href="${escapeHtml(m.tautan)}">Buka di e-Kinerja</a></p>
<hr>
<p style="font-size:12px;color:#555">Anda menerima email ini karena &quot;${escapeHtml(m.labelJenis)}&quot; diatur ke email segera di Profil › Notifikasi.
<a href="${escapeHtml(m.tautanBerhenti)}">Berhenti menerima email ini</a></p>`,
  });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
