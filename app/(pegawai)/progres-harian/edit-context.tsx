"use client";

import type { EntriProgres, TemplatProgres } from "@/lib/server/queries/progres-harian";

/**
 * "Ubah" on an entry and "Pakai" on a template fill the form beside the list. They are
 * siblings in a server component, so the request travels as a DOM event the form listens for.
 */
export const EDIT_EVENT = "progres-harian:ubah";
export const TEMPLAT_EVENT = "progres-harian:templat";
/** The form saved an entry; its detail is the entry as the day list shows it. */
export const SAVED_EVENT = "progres-harian:tersimpan";

export function useEditEntri() {
  return (entri: EntriProgres) => window.dispatchEvent(new CustomEvent<EntriProgres>(EDIT_EVENT, { detail: entri }));
}

export function usePakaiTemplat() {
  return (templat: TemplatProgres) => window.dispatchEvent(new CustomEvent<TemplatProgres>(TEMPLAT_EVENT, { detail: templat }));
}
