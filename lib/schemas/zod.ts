import { z } from "zod";

/**
 * zod with its default messages in Bahasa Indonesia ("Input tidak valid: …", "Terlalu besar: …")
 * wherever a field has no wording of its own. Every file in lib/schemas imports `z` from here,
 * never from "zod", so the locale is set before any schema exists: on the server (server
 * actions parse with these schemas) and in the browser (react-hook-form resolves with the same
 * ones). define-action.ts imports it too, for the few schemas written inside an action file.
 * The setting is global to the zod module, so importing this file once in a bundle is enough.
 */
z.config(z.locales.id());

export { z };
