import "server-only";
import { SiasnError } from "@/lib/domain/siasn/errors";
import type { SiasnConfig } from "./config";

export type RawResponse = { status: number; body: string };

/**
 * A failure worth another attempt: the gateway was down, slow, overloaded, or answered with
 * an empty or non-JSON body, all of which SIASN does now and then. `retrying` unwraps it.
 */
export class TransientFailure extends Error {
  constructor(readonly error: SiasnError) {
    super(error.detail ?? error.message);
  }
}

/**
 * One HTTP exchange with a deadline covering the body too: a gateway that sends headers and
 * then stalls is as slow as one that never answers. Network errors and timeouts are transient.
 */
export async function fetchText(url: string, init: RequestInit, timeoutMs: number): Promise<RawResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal, cache: "no-store" });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    const cause = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : errorText(error);
    throw new TransientFailure(new SiasnError("unavailable", `${pathOf(url)}: ${cause}`));
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `attempt` up to 1 + `config.retries` times while it fails transiently, backing off in between. */
export async function retrying<T>(config: SiasnConfig, attempt: () => Promise<T>): Promise<T> {
  for (let tried = 0; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof TransientFailure)) throw error;
      if (tried >= config.retries) throw error.error;
      await new Promise((resolve) => setTimeout(resolve, config.backoffMs * 2 ** tried));
    }
  }
}

/** Empty or non-JSON bodies come from the gateway, not from SIASN itself, so they are retried. */
export function parseJsonBody(response: RawResponse, url: string): unknown {
  const where = `${pathOf(url)} (HTTP ${response.status})`;
  if (response.body.trim() === "") {
    throw new TransientFailure(new SiasnError("malformed", `${where}: empty body`));
  }
  try {
    return JSON.parse(response.body);
  } catch {
    throw new TransientFailure(new SiasnError("malformed", `${where}: not JSON: ${response.body.slice(0, 80)}`));
  }
}

/** 429 and 5xx are the gateway being busy or down: worth another attempt. */
export function isTransientStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Paths only in log details: query strings may carry nothing secret today, but need not. */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return "(invalid url)";
  }
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}
