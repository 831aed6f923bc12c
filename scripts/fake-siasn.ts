/**
 * Runs the fake SIASN with the demo instansi's data until Ctrl+C, and prints the SIASN_*
 * variables that point the app at it. `npx tsx scripts/fake-siasn.ts [--port 2527]`
 */
import { buildSiasnDemoData } from "../prisma/seed/siasn-demo-data";
import { fakeSiasnEnv, startFakeSiasn } from "./lib/fake-siasn";

const portArg = process.argv.indexOf("--port");
const port = portArg >= 0 ? Number(process.argv[portArg + 1]) : 2527;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error("--port harus nomor port 0–65535.");
  process.exit(1);
}

const fake = await startFakeSiasn({ port, data: buildSiasnDemoData() });
console.log(`SIASN tiruan berjalan di ${fake.url}. Variabel untuk aplikasi:\n`);
for (const [name, value] of Object.entries(fakeSiasnEnv(fake.url))) console.log(`${name}=${value}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void fake.stop().then(() => process.exit(0));
  });
}
