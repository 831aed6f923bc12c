/**
 * Exact decimal arithmetic for percentages and angka kredit. Values from Postgres `Decimal`
 * columns arrive as strings or numbers with a few decimals; dividing them as floats drifts
 * (12.345 becomes 12.344999…), so they are scaled to integers first.
 */

/** A decimal as `n / 10^scale`. */
type Scaled = { n: bigint; scale: number };

export function parseDecimal(value: number | string): Scaled {
  const text = typeof value === "number" ? numberToPlain(value) : value.trim();
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === "" && !match[3])) throw new RangeError(`Bukan angka desimal: ${value}`);
  const fraction = match[3] ?? "";
  const digits = `${match[2]}${fraction}`.replace(/^0+(?=\d)/, "") || "0";
  const n = BigInt(digits);
  return { n: match[1] === "-" ? -n : n, scale: fraction.length };
}

/** `num / den` rounded half away from zero to an integer. */
export function divRound(num: bigint, den: bigint): bigint {
  if (den === 0n) throw new RangeError("Pembagian dengan nol.");
  const negative = num < 0n !== den < 0n;
  const a = num < 0n ? -num : num;
  const b = den < 0n ? -den : den;
  const q = (2n * a + b) / (2n * b);
  return negative ? -q : q;
}

/**
 * `a / b × 100`, rounded to 2 decimals, or null when b is zero.
 */
export function percentOf(a: number | string, b: number | string): number | null {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (y.n === 0n) return null;
  // a/b × 100 × 100 (hundredths of a percent) = x.n·10^y.scale·10^4 / (y.n·10^x.scale)
  const num = x.n * 10n ** BigInt(y.scale) * 10_000n;
  const den = y.n * 10n ** BigInt(x.scale);
  return Number(divRound(num, den)) / 100;
}

/** `66.67` → `66,67`; `70` → `70`: Indonesian decimal comma, no trailing zeros. */
export function formatDesimal(value: number, maxFractionDigits = 2): string {
  return new Intl.NumberFormat("id-ID", {
    maximumFractionDigits: maxFractionDigits,
    useGrouping: false,
  }).format(value);
}

/** A whole count with Indonesian thousands dots: `50000` → `50.000`. Same output on server and browser. */
export function formatJumlah(value: number): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function numberToPlain(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Bukan angka desimal: ${value}`);
  // Shortest round-trip form, expanded when JS would use exponent notation.
  const s = String(value);
  return s.includes("e") ? value.toFixed(20).replace(/0+$/, "").replace(/\.$/, "") : s;
}
