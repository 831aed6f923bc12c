"use client";

import { useEffect, useState } from "react";

/** Typing pauses this long before a search runs: one request per pause, not per key. */
export const JEDA_CARI_MS = 300;

/** The value, once it has stopped changing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs = JEDA_CARI_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
