import path from "node:path";

/** The `next` executable itself, for `next build`. */
export const NEXT_BIN = path.resolve("node_modules", ".bin", "next");

/** The app's own HTTP server (scripts/serve.ts): it decides which client address to trust. */
export const SERVE_TS = path.resolve("scripts", "serve.ts");

/**
 * The command that runs scripts/serve.ts: node itself with tsx's loader, not the tsx wrapper,
 * so that node flags (e.g. `--cpu-prof`) apply to the server and a signal sent to the child
 * reaches the server directly, leaving no orphan on the port.
 */
export function serveCommand(serveArgs: string[], nodeFlags: string[] = []): [string, string[]] {
  return [process.execPath, [...nodeFlags, "--import", "tsx", SERVE_TS, ...serveArgs]];
}

/**
 * The environment of a production server. Rendering a page allocates many short-lived
 * objects; a 64 MB young generation (V8's default is 16 MB) makes the scavenger stop the one
 * thread that serves requests far less often: 10–20 % more requests/s on SKP Bawahan in
 * `npm run bench`. Deployments start the server with the same flag (deploy/ekinerja@.service).
 */
export function productionServerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, "--max-semi-space-size=64"].filter(Boolean).join(" ") };
}

/** The background worker (scripts/worker.ts), with the same loader as the server. */
export function workerCommand(): [string, string[]] {
  return [process.execPath, ["--conditions=react-server", "--import", "tsx", path.resolve("scripts", "worker.ts")]];
}
