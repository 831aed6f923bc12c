import "server-only";
import { cache } from "react";
import { nullOnNotFound } from "@/lib/domain/errors";
import { requireActor } from "@/lib/server/auth";
import { detailTimKerja } from "@/lib/server/queries/tim-kerja";

/** One load per request for the title and the page (team and matrix), so the title names only a team the actor may see. */
export const muatTim = cache(async (id: string) => detailTimKerja(await requireActor(), id).catch(nullOnNotFound));
