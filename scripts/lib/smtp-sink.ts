/**
 * A local mailbox for the demo and the tests: an SMTP server that accepts every message (no
 * TLS, any or no login) and keeps each one as a JSON file in `dir`, plus a small HTTP inbox:
 *   GET /               the messages as an HTML page, newest first
 *   GET /api/messages   the same as JSON: [{ id, to, subject, text, html, receivedAt }]
 *   DELETE /api/messages  empties the mailbox
 */
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo, Server } from "node:net";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { formatWaktuDi } from "../../lib/domain/zona-waktu";

export type SinkMessage = { id: string; to: string; subject: string; text: string; html: string; receivedAt: string };

export type SmtpSinkOptions = { smtpPort: number; httpPort: number; dir: string; host?: string };

/** Port 0 picks a free port; the ports actually bound are returned. */
export async function startSmtpSink({ smtpPort, httpPort, dir, host = "127.0.0.1" }: SmtpSinkOptions) {
  await mkdir(dir, { recursive: true });

  const smtp = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: "sink" }),
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const message: SinkMessage = {
            id: `${Date.now()}-${randomUUID().slice(0, 8)}`,
            to: session.envelope.rcptTo.map((r) => r.address).join(", "),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            receivedAt: new Date().toISOString(),
          };
          return writeFile(path.join(dir, `${message.id}.json`), JSON.stringify(message));
        })
        .then(() => callback(), (error: Error) => callback(error));
    },
  });

  const http = createServer((req, res) => {
    handleHttp(dir, req.method ?? "GET", req.url ?? "/")
      .then(({ status, type, body }) => res.writeHead(status, { "content-type": type }).end(body))
      .catch((error: Error) => res.writeHead(500, { "content-type": "text/plain" }).end(error.message));
  });

  const boundSmtpPort = await listen(smtp.server, smtpPort, host);
  const boundHttpPort = await listen(http, httpPort, host);

  return {
    smtpPort: boundSmtpPort,
    httpPort: boundHttpPort,
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

export async function readMessages(dir: string): Promise<SinkMessage[]> {
  const files = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith(".json"));
  const messages = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), "utf8")) as SinkMessage),
  );
  return messages.sort((a, b) => b.id.localeCompare(a.id));
}

async function handleHttp(dir: string, method: string, url: string) {
  const pathname = new URL(url, "http://sink").pathname;
  if (pathname === "/api/messages" && method === "DELETE") {
    await Promise.all((await readdir(dir)).map((f) => rm(path.join(dir, f), { force: true })));
    return { status: 204, type: "text/plain", body: "" };
  }
  if (pathname === "/api/messages" && method === "GET") {
    return { status: 200, type: "application/json; charset=utf-8", body: JSON.stringify(await readMessages(dir)) };
  }
  if (pathname === "/" && method === "GET") {
    return { status: 200, type: "text/html; charset=utf-8", body: renderInbox(await readMessages(dir)) };
  }
  return { status: 404, type: "text/plain; charset=utf-8", body: "Tidak ditemukan." };
}

function renderInbox(messages: SinkMessage[]): string {
  const items = messages
    .map(
      (m) => `<article>
  <h2>${escapeHtml(m.subject || "(tanpa subjek)")}</h2>
  <p class="meta">Kepada: ${escapeHtml(m.to)} · Diterima: ${formatWaktuDi("WIB", new Date(m.receivedAt))}</p>
  <pre>${linkify(escapeHtml(m.text))}</pre>
</article>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Kotak surat lokal · e-Kinerja</title>
<style>
body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1e293b}
article{border:1px solid #cbd5e1;border-radius:.5rem;padding:1rem;margin:1rem 0}
h2{font-size:1.1rem;margin:0 0 .25rem}.meta{color:#475569;font-size:.9rem;margin:0 0 .5rem}
pre{white-space:pre-wrap;font-family:inherit;margin:0}
</style></head><body>
<h1>Kotak surat lokal e-Kinerja</h1>
<p>Semua email yang dikirim aplikasi di komputer ini muncul di sini, terbaru di atas.
<a href="/">Muat ulang</a> · <button type="button" onclick="fetch('/api/messages',{method:'DELETE'}).then(()=>location.reload())">Kosongkan kotak surat</button></p>
${items || "<p>Belum ada email.</p>"}
</body></html>`;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}
