import "server-only";
import { isSiasnRecord, readText, type SiasnRecord } from "@/lib/domain/siasn/fields";
import { SiasnError } from "@/lib/domain/siasn/errors";
import { mapDataUtama, type SiasnProfil } from "@/lib/domain/siasn/profil";
import { mapRiwayatGolongan, mapRiwayatJabatan, type RiwayatGolongan, type RiwayatJabatan } from "@/lib/domain/siasn/riwayat";
import { mapRefUnor, type SiasnUnor } from "@/lib/domain/siasn/unor";
import type { SiasnConfig } from "./config";
import { fetchText, isTransientStatus, parseJsonBody, pathOf, retrying, TransientFailure } from "./http";
import { dropTokens, getTokens, type SiasnTokens } from "./tokens";

export { siasnConfigFromEnv, SIASN_ENV_VARS, type SiasnConfig } from "./config";

export type Skp22 = {
  tahun: number | null;
  hasilKinerja: string | null;
  perilakuKerja: string | null;
  kuadranKinerja: string | null;
  namaPenilai: string | null;
  nipPenilai: string | null;
};

export type SiasnClient = ReturnType<typeof createSiasnClient>;

/** Page size for walking ref-unor; large pages keep a whole instansi to a few requests. */
const REF_UNOR_PAGE = 500;

/**
 * The SIASN web service (shape in shared/siasn.md). Every method answers in our field names.
 * "Not found" (HTTP 404 with code 0) is an answer, not a failure: null for a pegawai, an
 * empty list for a history. Failures throw `SiasnError`.
 */
export function createSiasnClient(config: SiasnConfig) {
  const get = (path: string) => callApi(config, path);

  return {
    async getDataUtama(nip: string): Promise<SiasnProfil | null> {
      const data = await get(`/pns/data-utama/${encodeURIComponent(nip)}`);
      if (data === null) return null;
      if (!isSiasnRecord(data)) throw new SiasnError("malformed", "data-utama: data is not an object");
      return mapDataUtama(data);
    },

    async getRiwayatJabatan(nip: string): Promise<RiwayatJabatan[]> {
      return mapRiwayatJabatan(records(await get(`/pns/rw-jabatan/${encodeURIComponent(nip)}`), "rw-jabatan"));
    },

    async getRiwayatGolongan(nip: string): Promise<RiwayatGolongan[]> {
      return mapRiwayatGolongan(records(await get(`/pns/rw-golongan/${encodeURIComponent(nip)}`), "rw-golongan"));
    },

    async getRiwayatSkp22(nip: string): Promise<Skp22[]> {
      return records(await get(`/pns/rw-skp22/${encodeURIComponent(nip)}`), "rw-skp22").map(mapSkp22);
    },

    /**
     * What SIASN holds of the results we send, raw with each riwayat's `id`, to find one a
     * send saved although its answer never came. SIASN documents no read of angka kredit riwayat.
     */
    async getRiwayatTerkirim(jenis: "KINERJA_PERIODIK" | "SKP22", nip: string): Promise<SiasnRecord[]> {
      const path = jenis === "SKP22" ? "rw-skp22" : "rw-kinerjaperiodik";
      return records(await get(`/pns/${path}/${encodeURIComponent(nip)}`), path);
    },

    /** One page of the unit tree. Rows without an id or name are left out. */
    async getRefUnor(page: { limit: number; offset: number }): Promise<SiasnUnor[]> {
      return mapUnors(await refUnorPage(get, page));
    },

    /**
     * The whole unit tree, page by page until a short page. A gateway that ignores `offset`
     * would repeat its first page forever, so a repeated page also ends the walk.
     */
    async getAllRefUnor(pageSize = REF_UNOR_PAGE): Promise<SiasnUnor[]> {
      const rows: SiasnRecord[] = [];
      let previousFirst: string | null = null;
      for (let offset = 0; ; offset += pageSize) {
        const page = await refUnorPage(get, { limit: pageSize, offset });
        const first = page[0] ? readText(page[0], "Id") : null;
        if (first !== null && first === previousFirst) return mapUnors(rows);
        previousFirst = first;
        rows.push(...page);
        if (page.length < pageSize) return mapUnors(rows);
      }
    },
  };
}

/** Authenticated GET with both tokens. A 401 drops them and tries once more with fresh ones. */
async function callApi(config: SiasnConfig, path: string): Promise<unknown> {
  const url = `${config.apimUrl}/apisiasn/1.0${path}`;
  for (let refreshed = false; ; refreshed = true) {
    const tokens = await getTokens(config);
    const outcome = await retrying(config, () => getOnce(config, url, tokens));
    if (outcome.kind === "ok") return outcome.data;
    if (refreshed) throw new SiasnError("credentials", `${pathOf(url)}: 401 with fresh tokens`);
    dropTokens(config);
  }
}

type Outcome = { kind: "ok"; data: unknown } | { kind: "unauthorized" };

async function getOnce(config: SiasnConfig, url: string, tokens: SiasnTokens): Promise<Outcome> {
  const response = await fetchText(
    url,
    { headers: { Authorization: `Bearer ${tokens.apim}`, Auth: `bearer ${tokens.sso}`, Accept: "application/json" } },
    config.timeoutMs,
  );
  const where = `${pathOf(url)} (HTTP ${response.status})`;
  if (response.status === 401) return { kind: "unauthorized" };
  if (response.status === 403) throw new SiasnError("credentials", `${where}: forbidden`);
  if (isTransientStatus(response.status)) throw new TransientFailure(new SiasnError("unavailable", where));
  if (response.status === 404) {
    // The gateway's own 404 (wrong base path) has no SIASN envelope: a setup fault, not a missing NIP.
    const body = safeJson(response.body);
    if (isSiasnRecord(body) && isCodeZero(body.code)) return { kind: "ok", data: null };
    throw new SiasnError("unavailable", `${where}: no such path`);
  }
  if (response.status < 200 || response.status > 299) throw new SiasnError("unavailable", where);

  const body = parseJsonBody(response, url);
  if (!isSiasnRecord(body) || !("data" in body)) throw new SiasnError("malformed", `${where}: no envelope`);
  // Some endpoints report "not found" as code 0 with HTTP 200.
  if (isCodeZero(body.code)) return { kind: "ok", data: null };
  return { kind: "ok", data: body.data };
}

async function refUnorPage(get: (path: string) => Promise<unknown>, page: { limit: number; offset: number }) {
  const data = await get(`/referensi/ref-unor?limit=${page.limit}&offset=${page.offset}`);
  return records(data, "ref-unor");
}

function mapUnors(rows: SiasnRecord[]): SiasnUnor[] {
  return rows.map(mapRefUnor).filter((unor): unor is SiasnUnor => unor !== null);
}

function records(data: unknown, what: string): SiasnRecord[] {
  if (data === null) return [];
  if (!Array.isArray(data) || !data.every(isSiasnRecord)) {
    throw new SiasnError("malformed", `${what}: data is not a list of objects`);
  }
  return data;
}

function mapSkp22(raw: SiasnRecord): Skp22 {
  const tahun = Number(readText(raw, "tahun"));
  return {
    tahun: Number.isInteger(tahun) && tahun > 0 ? tahun : null,
    hasilKinerja: readText(raw, "hasilKinerja"),
    perilakuKerja: readText(raw, "perilakuKerja"),
    kuadranKinerja: readText(raw, "kuadranKinerja"),
    namaPenilai: readText(raw, "namaPenilai"),
    nipPenilai: readText(raw, "nipNrpPenilai"),
  };
}

function isCodeZero(code: unknown): boolean {
  return code === 0 || code === "0";
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
