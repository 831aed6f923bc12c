import path from "node:path";

/**
 * The `next` executable itself. Spawned directly rather than through npx, so that a signal
 * sent to the child reaches the Next server and no orphan keeps the port.
 */
export const NEXT_BIN = path.resolve("node_modules", ".bin", "next");

/** The JavaScript file behind it, for running the server under `node` flags such as `--cpu-prof`. */
export const NEXT_JS = path.resolve("node_modules", "next", "dist", "bin", "next");
