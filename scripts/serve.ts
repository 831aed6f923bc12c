/**
 * The app's own HTTP server, in place of `next start` / `next dev`, so that the client address
 * is decided here, from the TCP peer and TRUSTED_PROXY, before Next or our code reads a header:
 * X-Forwarded-For becomes exactly one address we trust, and forwarded host/proto from anyone
 * but a trusted proxy are dropped (lib/http/forwarded.ts).
 *
 *   npx tsx scripts/serve.ts [--dev] [--port 3000] [--hostname 0.0.0.0]
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { applyTrustedForwarding, parseTrustedProxies } from "../lib/http/forwarded";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p", default: process.env.PORT ?? "3000" },
    hostname: { type: "string", short: "H", default: "0.0.0.0" },
  },
});
const dev = values.dev ?? false;
const port = Number(values.port);
const hostname = values.hostname ?? "0.0.0.0";

// React and Next pick their production or development build when first loaded, so this has to
// be settled before `next` is imported.
Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
const { default: next } = await import("next");

// Read and validated once at start: a typo in TRUSTED_PROXY stops the server instead of
// silently trusting nobody (or everybody).
const trusted = parseTrustedProxies(env().TRUSTED_PROXY);

const server = createServer((req, res) => {
  applyTrustedForwarding(req.headers, req.socket.remoteAddress ?? "", trusted);
  void handle(req, res);
});
const app = next({ dev, dir: process.cwd(), hostname, port, httpServer: server });
const handle = app.getRequestHandler();

await app.prepare();
server.listen(port, hostname, () => {
  console.log(`• Server ${dev ? "pengembangan" : "produksi"} mendengarkan di http://${hostname}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
