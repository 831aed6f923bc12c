import "server-only";
import { isSiasnRecord, readText } from "@/lib/domain/siasn/fields";
import { SiasnError } from "@/lib/domain/siasn/errors";
import type { JenisKirim, PayloadSiasn } from "@/lib/domain/siasn/kirim";
import type { SiasnConfig } from "./config";
import { fetchText, isTransientStatus, pathOf, TransientFailure } from "./http";
import { dropTokens, getTokens, type SiasnTokens } from "./tokens";

const PATH: Record<JenisKirim, string> = {
  KINERJA_PERIODIK: "/kinerjaperiodik/save",
  SKP22: "/skp22/save",
  ANGKA_KREDIT: "/angkakredit/save",
};

/**
 * Posts one result and answers SIASN's riwayat id. Writes are not idempotent on SIASN's side,
 * so a timeout or 5xx is NOT retried here: SIASN may have saved it. The caller records the
 * failure and a later attempt (the job's retry, or the admin's "Coba lagi") sends again. Only a
 * 401 is retried once with fresh tokens, since SIASN refused it before reading the body.
 */
export async function kirimKeSiasn(config: SiasnConfig, jenis: JenisKirim, payload: PayloadSiasn): Promise<string> {
  const url = `${config.apimUrl}/apisiasn/1.0${PATH[jenis]}`;
  for (let refreshed = false; ; refreshed = true) {
    const tokens = await getTokens(config);
    const outcome = await postOnce(config, url, tokens, payload).catch((error: unknown) => {
      throw error instanceof TransientFailure ? error.error : error;
    });
    if (outcome !== null) return outcome;
    if (refreshed) throw new SiasnError("credentials", `${pathOf(url)}: 401 with fresh tokens`);
    dropTokens(config);
  }
}

/** The riwayat id, or null for a 401. */
async function postOnce(config: SiasnConfig, url: string, tokens: SiasnTokens, payload: PayloadSiasn): Promise<string | null> {
  const response = await fetchText(
    url,
    {
      method: "POST",
      headers: {
        Authorization: `Bearer ${tokens.apim}`,
        Auth: `bearer ${tokens.sso}`,
        Accept: "application/json",
        "Content-Type": "application/json",
      },
      body: JSON.stringify(payload),
    },
    config.timeoutMs,
  );
  const where = `${pathOf(url)} (HTTP ${response.status})`;
  if (response.status === 401) return null;
  if (response.status === 403) throw new SiasnError("credentials", `${where}: forbidden`);
  if (isTransientStatus(response.status)) throw new SiasnError("unavailable", where);
  const body = safeJson(response.body);
  if (!isSiasnRecord(body)) {
    throw new SiasnError(response.status >= 400 ? "unavailable" : "malformed", `${where}: no envelope`);
  }
  const berhasil = body.success === true || body.code === 1 || body.code === "1";
  if (response.status >= 400 || !berhasil) {
    // SIASN's validation message names the missing fields; it carries nothing secret.
    throw new SiasnError("rejected", readText(body, "message") ?? where);
  }
  const id = riwayatId(body.mapData);
  if (!id) throw new SiasnError("malformed", `${where}: mapData has no id`);
  return id;
}

/** `mapData` carries the new riwayat id: as `id`, or as the record's only text value. */
function riwayatId(mapData: unknown): string | null {
  if (typeof mapData === "string" && mapData.trim() !== "") return mapData.trim();
  if (!isSiasnRecord(mapData)) return null;
  const id = readText(mapData, "id");
  if (id) return id;
  const texts = Object.values(mapData).filter((v): v is string => typeof v === "string" && v.trim() !== "");
  return texts.length === 1 ? texts[0]!.trim() : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
