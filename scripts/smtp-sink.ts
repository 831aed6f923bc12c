/**
 * Runs the local mailbox on its own: `npx tsx scripts/smtp-sink.ts [smtpPort] [httpPort]`
 * (defaults 2525 and 2526, mail kept in .data/mail). Point SMTP_HOST/SMTP_PORT at it.
 */
import { startSmtpSink } from "./lib/smtp-sink";

const smtpPort = Number(process.argv[2] ?? 2525);
const httpPort = Number(process.argv[3] ?? 2526);

const sink = await startSmtpSink({ smtpPort, httpPort, dir: ".data/mail" });
console.log(`SMTP sink mendengarkan di 127.0.0.1:${sink.smtpPort}`);
console.log(`Kotak surat: http://127.0.0.1:${sink.httpPort}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void sink.stop().then(() => process.exit(0)));
}
