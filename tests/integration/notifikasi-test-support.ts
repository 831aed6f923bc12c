import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readMessages, startSmtpSink, type SinkMessage } from "../../scripts/lib/smtp-sink";

/**
 * A real SMTP sink for the notification tests. The app's mail settings must point at it before
 * lib/env.ts is first read, so a test file awaits this before importing app modules.
 */
export async function startNotifikasiMail() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ekinerja-notif-mail-"));
  const sink = await startSmtpSink({ smtpPort: 0, httpPort: 0, dir });
  process.env.SMTP_HOST = "127.0.0.1";
  process.env.SMTP_PORT = String(sink.smtpPort);
  return {
    mails: () => readMessages(dir),
    clear: () => fetch(`http://127.0.0.1:${sink.httpPort}/api/messages`, { method: "DELETE" }),
    stop: async () => {
      await sink.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Runs every queued job once (the real worker code path) against the test database, then returns. */
export async function jalankanAntrean(): Promise<void> {
  const { runOnce } = await import("graphile-worker");
  const { daftarTugas } = await import("@/lib/server/antrean/daftar-tugas");
  await runOnce({ connectionString: process.env.DATABASE_URL, taskList: daftarTugas, concurrency: 1 });
}

export type { SinkMessage };
