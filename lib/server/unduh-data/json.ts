import "server-only";
import { VERSI_UNDUH_DATA, type PegawaiUnduhan, type SkpUnduhan } from "@/lib/domain/unduh-data";
import { progresHarianBertahap } from "./muat";

/**
 * data.json of "Unduh data saya" (shape: lib/domain/unduh-data.ts), as text pieces for a pull
 * stream: each year's Progres Harian is read one batch at a time, when the ZIP asks for more.
 */
export async function* dataJsonBertahap(
  pegawai: PegawaiUnduhan,
  skp: SkpUnduhan[],
  dibuatPada: Date,
): AsyncGenerator<string> {
  yield `{"versi":${VERSI_UNDUH_DATA},"dibuatPada":${JSON.stringify(dibuatPada.toISOString())},"pegawai":${JSON.stringify(pegawai)},"skp":[`;
  let skpPertama = true;
  for (const tahun of skp) {
    const utuh = JSON.stringify({ ...tahun, progresHarian: [] });
    // The year's object without its closing `]}`, so its entries can follow batch by batch.
    yield `${skpPertama ? "" : ","}${utuh.slice(0, -2)}`;
    skpPertama = false;
    let entriPertama = true;
    for await (const batch of progresHarianBertahap(tahun.id)) {
      yield `${entriPertama ? "" : ","}${batch.map((entri) => JSON.stringify(entri)).join(",")}`;
      entriPertama = false;
    }
    yield "]}";
  }
  yield "]}\n";
}
