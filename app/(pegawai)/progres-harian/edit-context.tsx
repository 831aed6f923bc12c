"use client";

import type { EntriProgres } from "@/lib/server/queries/progres-harian";

/**
 * "Ubah" on an entry fills the form beside the list. They are siblings in a server component,
 * so the request travels as a DOM event the form listens for.
 */
export const EDIT_EVENT = "progres-harian:ubah";

export function useEditEntri() {
  return (entri: EntriProgres) => window.dispatchEvent(new CustomEvent<EntriProgres>(EDIT_EVENT, { detail: entri }));
}
