"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

type VersionState = { version: number; saw: (version: number) => void };

const SkpVersionContext = createContext<VersionState | null>(null);

/**
 * The SKP version this page last saw. Each successful save returns the new version, so a
 * second edit made before the refreshed page arrives is not mistaken for someone else's.
 * Versions only grow, so the larger of the page's and the last save's is the current one.
 */
export function SkpVersionProvider({ version, children }: { version: number; children: ReactNode }) {
  const [saved, setSaved] = useState(version);
  const value = { version: Math.max(saved, version), saw: (v: number) => setSaved((s) => Math.max(s, v)) };
  return <SkpVersionContext.Provider value={value}>{children}</SkpVersionContext.Provider>;
}

export function useSkpVersion(): VersionState {
  const ctx = useContext(SkpVersionContext);
  if (!ctx) throw new Error("useSkpVersion needs <SkpVersionProvider>");
  return ctx;
}
