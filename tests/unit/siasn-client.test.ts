import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSiasnClient, type SiasnConfig } from "@/lib/server/siasn/client";
import { SiasnError, type SiasnErrorKind } from "@/lib/domain/siasn/errors";
import { buildSiasnDemoData, SIASN_PROMOSI } from "@/prisma/seed/siasn-demo-data";
import { BANDUNG } from "@/prisma/seed/data/bandung";
import { FAKE_SIASN_CREDENTIALS, startFakeSiasn, type FakeSiasn } from "@/scripts/lib/fake-siasn";
import { freePort } from "@/scripts/lib/net";

// The real client against the fake server over loopback HTTP: no mocks between them.
const STAFF_NIP = BANDUNG.pegawai.find((p) => p.key === SIASN_PROMOSI.pegawaiKey)!.nip;
const UNKNOWN_NIP = "199001012015011999";

let fake: FakeSiasn;

beforeEach(async () => {
  fake = await startFakeSiasn({ data: buildSiasnDemoData() });
});

afterEach(async () => {
  await fake.stop();
});

function config(overrides: Partial<SiasnConfig> = {}): SiasnConfig {
  const c = FAKE_SIASN_CREDENTIALS;
  return {
    apimUrl: fake.url,
    ssoUrl: fake.url,
    consumerKey: c.consumerKey,
    consumerSecret: c.consumerSecret,
    clientId: c.clientId,
    username: c.username,
    password: c.password,
    ssoToken: null,
    timeoutMs: 1000,
    retries: 2,
    backoffMs: 1,
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<SiasnError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SiasnError);
  return error as SiasnError;
}

function expectKind(error: SiasnError, kind: SiasnErrorKind, message: string) {
  expect(error.kind).toBe(kind);
  expect(error.message).toContain(message);
}

describe("SIASN client against the fake server", () => {
  it("reads a pegawai's data-utama in our field names, reusing its tokens", async () => {
    const client = createSiasnClient(config());
    const profil = await client.getDataUtama(STAFF_NIP);
    expect(profil).toMatchObject({
      nip: STAFF_NIP,
      nama: "Ahmad Fauzi",
      gelarBelakang: "S.H.",
      jenisPegawai: "PNS",
      jenisJabatan: "PELAKSANA",
      jabatan: SIASN_PROMOSI.jabatanBaru,
      pangkat: "Penata Muda",
      golongan: "III/a",
      tmtJabatan: new Date("2025-01-02T00:00:00Z"),
    });
    expect(profil?.siasnId).toMatch(/^[0-9A-F]{32}$/);

    await client.getRiwayatJabatan(STAFF_NIP);
    expect(fake.stats()).toEqual({ apimTokens: 1, ssoTokens: 1, apiCalls: 2 });
  });

  it("asks for one pair of tokens when several calls start at once", async () => {
    const client = createSiasnClient(config());
    await Promise.all([client.getDataUtama(STAFF_NIP), client.getRiwayatJabatan(STAFF_NIP), client.getRiwayatGolongan(STAFF_NIP)]);
    expect(fake.stats()).toMatchObject({ apimTokens: 1, ssoTokens: 1 });
  });

  it("asks for new tokens once the old ones expire", async () => {
    await fake.stop();
    fake = await startFakeSiasn({ data: buildSiasnDemoData(), tokenTtlSeconds: 1 });
    const client = createSiasnClient(config());
    await client.getDataUtama(STAFF_NIP);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await client.getDataUtama(STAFF_NIP);
    expect(fake.stats()).toEqual({ apimTokens: 2, ssoTokens: 2, apiCalls: 2 });
  });

  it("uses a ready-made SSO token instead of the operator's password", async () => {
    await fake.stop();
    fake = await startFakeSiasn({ data: buildSiasnDemoData(), credentials: { ...FAKE_SIASN_CREDENTIALS, ssoToken: "siap-pakai" } });
    const client = createSiasnClient(config({ ssoUrl: null, clientId: null, username: null, password: null, ssoToken: "siap-pakai" }));
    expect((await client.getDataUtama(STAFF_NIP))?.nama).toBe("Ahmad Fauzi");
    expect(fake.stats()).toMatchObject({ apimTokens: 1, ssoTokens: 0 });
  });

  it("fetches fresh tokens after a 401 and retries once", async () => {
    const client = createSiasnClient(config());
    fake.setBehaviour({ unauthorizedCalls: 1 });
    expect((await client.getDataUtama(STAFF_NIP))?.nama).toBe("Ahmad Fauzi");
    expect(fake.stats()).toEqual({ apimTokens: 2, ssoTokens: 2, apiCalls: 2 });
  });

  it("reports refused credentials when fresh tokens are refused too", async () => {
    fake.setBehaviour({ unauthorizedCalls: 5 });
    const error = await failure(createSiasnClient(config()).getDataUtama(STAFF_NIP));
    expectKind(error, "credentials", "Kredensial SIASN ditolak");
    expect(fake.stats()).toEqual({ apimTokens: 2, ssoTokens: 2, apiCalls: 2 });
  });

  it("reports refused credentials for a wrong consumer secret or operator password", async () => {
    const badSecret = await failure(createSiasnClient(config({ consumerSecret: "salah" })).getDataUtama(STAFF_NIP));
    expectKind(badSecret, "credentials", "Kredensial SIASN ditolak");
    const badPassword = await failure(createSiasnClient(config({ password: "salah" })).getDataUtama(STAFF_NIP));
    expectKind(badPassword, "credentials", "Kredensial SIASN ditolak");
    expect(fake.stats().apiCalls).toBe(0);
  });

  it("treats 404 with code 0 as 'not found': null for a pegawai, empty for a history", async () => {
    const client = createSiasnClient(config());
    expect(await client.getDataUtama(UNKNOWN_NIP)).toBeNull();
    expect(await client.getRiwayatJabatan(UNKNOWN_NIP)).toEqual([]);
    expect(await client.getRiwayatGolongan(UNKNOWN_NIP)).toEqual([]);
  });

  it("gives up as 'unavailable' after retrying a SIASN that answers too slowly", async () => {
    fake.setBehaviour({ latencyMs: 400 });
    const error = await failure(createSiasnClient(config({ timeoutMs: 50, retries: 2 })).getDataUtama(STAFF_NIP));
    expectKind(error, "unavailable", "SIASN tidak dapat dihubungi atau terlalu lambat");
    expect(fake.stats().apiCalls).toBe(3);
  });

  it("gives up as 'unavailable' when nothing listens", async () => {
    const down = `http://127.0.0.1:${await freePort()}`;
    const error = await failure(createSiasnClient(config({ apimUrl: down, ssoUrl: down })).getDataUtama(STAFF_NIP));
    expectKind(error, "unavailable", "SIASN tidak dapat dihubungi");
  });

  it("rides out a 500, and reports 'unavailable' when 500s persist", async () => {
    const client = createSiasnClient(config({ retries: 2 }));
    fake.setBehaviour({ serverErrorCalls: 1 });
    expect((await client.getDataUtama(STAFF_NIP))?.nama).toBe("Ahmad Fauzi");

    fake.setBehaviour({ serverErrorCalls: 10 });
    expectKind(await failure(client.getDataUtama(STAFF_NIP)), "unavailable", "SIASN tidak dapat dihubungi");
    expect(fake.stats().apiCalls).toBe(2 + 3);
  });

  it("retries an empty or non-JSON body, then reports 'malformed'", async () => {
    const client = createSiasnClient(config({ retries: 2 }));
    fake.setBehaviour({ nonJsonCalls: 1, emptyBodyCalls: 1 });
    expect((await client.getDataUtama(STAFF_NIP))?.nama).toBe("Ahmad Fauzi");
    expect(fake.stats().apiCalls).toBe(3);

    fake.setBehaviour({ emptyBodyCalls: 10 });
    expectKind(await failure(client.getDataUtama(STAFF_NIP)), "malformed", "Jawaban SIASN tidak dapat dibaca");
    expect(fake.stats().apiCalls).toBe(3 + 3);
  });

  it("pages through ref-unor until a short page and collects every unit", async () => {
    const client = createSiasnClient(config());
    const all = await client.getAllRefUnor(4);
    const expected = buildSiasnDemoData().refUnor.map((u) => u.Id);
    expect(all.map((u) => u.id)).toEqual(expected);
    expect(fake.stats().apiCalls).toBe(Math.floor(expected.length / 4) + 1);

    const page = await client.getRefUnor({ limit: 4, offset: 4 });
    expect(page.map((u) => u.id)).toEqual(expected.slice(4, 8));
  });

  it("reads past SKP results from rw-skp22", async () => {
    const data = buildSiasnDemoData();
    data.pns[STAFF_NIP]!.rwSkp22 = [
      { tahun: 2024, hasilKinerja: "SESUAI EKSPEKTASI", perilakuKerja: "DI ATAS EKSPEKTASI", kuadranKinerja: "BAIK", namaPenilai: "Yudi Prasetyo", nipNrpPenilai: "198204122006041005" },
    ];
    await fake.stop();
    fake = await startFakeSiasn({ data });
    expect(await createSiasnClient(config()).getRiwayatSkp22(STAFF_NIP)).toEqual([
      { tahun: 2024, hasilKinerja: "SESUAI EKSPEKTASI", perilakuKerja: "DI ATAS EKSPEKTASI", kuadranKinerja: "BAIK", namaPenilai: "Yudi Prasetyo", nipPenilai: "198204122006041005" },
    ]);
  });

  it("leaves units SIASN has deactivated out of ref-unor", async () => {
    const [first, inactive] = buildSiasnDemoData().refUnor;
    fake.setBehaviour({ inactiveUnorIds: [String(inactive?.Id)] });
    const ids = (await createSiasnClient(config()).getAllRefUnor()).map((u) => u.id);
    expect(ids).toContain(first?.Id);
    expect(ids).not.toContain(inactive?.Id);
  });
});
