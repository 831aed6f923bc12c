import "server-only";
import { createSiasnClient, siasnConfigFromEnv, type SiasnClient, type SiasnConfig } from "./client";

/**
 * The SIASN client for the running app, or null when no SIASN_* variable is set (the UI then
 * says SIASN is not configured). This is the one place outside lib/env.ts that reads
 * process.env: the SIASN variables are optional as a group and validated by siasnConfigFromEnv,
 * which throws naming any missing variable. Built per call because it is cheap and tokens are
 * cached by configuration in tokens.ts, so tests can point it at a fresh fake server.
 */
export function getSiasnClient(): SiasnClient | null {
  const config = siasnConfigFromEnv(process.env);
  return config ? createSiasnClient(config) : null;
}

/** The SIASN configuration for the running app, or null when none is set (see above). */
export function getSiasnConfig(): SiasnConfig | null {
  return siasnConfigFromEnv(process.env);
}
