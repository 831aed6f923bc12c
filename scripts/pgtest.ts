import { startEmbeddedPostgres } from "/work/main/scripts/lib/embedded-postgres";
const t = Date.now();
const db = await startEmbeddedPostgres({ dataDir: "/tmp/pgdev", port: 55432, persistent: true });
console.log("started", db.url, Date.now() - t);
setInterval(() => {}, 100000);
