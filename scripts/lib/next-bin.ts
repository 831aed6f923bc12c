import path from "node:path";

/**
 * The `next` executable itself. Spawned directly rather than through npx, so that a signal
 * sent to the child reaches the Next server and no orphan keeps the port.
 */
export const NEXT_BIN = path.resolve("node_modules", ".bin", "next");

/** The JavaScript file behind it, for running the server under `node` flags such as `--cpu-prof`. */
export const NEXT_JS = path.resolve("node_modules", "next", "dist", "bin", "next");

/**
 * The environment of a production `next start`. Rendering a page allocates many short-lived
 * objects; a 64 MB young generation (V8's default is 16 MB) makes the scavenger stop the one
 * thread that serves requests far less often: 10–20 % more requests/s on SKP Bawahan in
 * `npm run bench`. Deployments should start the server with the same flag (README, Performa).
 */
export function productionServerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, "--max-semi-space-size=64"].filter(Boolean).join(" ") };
}
