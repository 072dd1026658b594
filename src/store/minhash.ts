/**
 * Near-duplicate detection with MinHash over word 3-shingles and LSH banding. Wire copies of one
 * story differ by a dateline, a byline or a trimmed paragraph: their shingle sets still overlap
 * by ~0.8–0.95 (Jaccard). 32 min-hashes in 8 bands of 4: two texts with Jaccard 0.85 share a band
 * with probability 0.997, texts with Jaccard 0.3 with 0.06; candidates sharing a band are then
 * confirmed by the estimated Jaccard (share of equal min-hashes) ≥ `NEAR_DUP_JACCARD`.
 */
export const HASHES = 32;
export const BANDS = 8;
const ROWS = HASHES / BANDS;
export const NEAR_DUP_JACCARD = 0.7;
/** Texts shorter than this (in words) are not fingerprinted: too little to tell copies apart. */
export const MIN_WORDS = 40;

function fnv1a(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a good 32-bit mix. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 * (i + 1)));

export interface Fingerprint {
  /** The 32 min-hashes. */
  mins: number[];
  /** One signed 32-bit value a band (fits an SQL INTEGER in both databases). */
  bands: number[];
}

export function fingerprint(text: string): Fingerprint | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const shingles = new Set<number>();
  for (let i = 0; i + 3 <= words.length; i++) shingles.add(fnv1a(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]));
  const mins = new Array<number>(HASHES).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < HASHES; k++) {
      const h = mix(s ^ SEEDS[k]!);
      if (h < mins[k]!) mins[k] = h;
    }
  }
  const bands: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 2166136261;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ mins[b * ROWS + r]!, 16777619);
    bands.push(mix(h >>> 0) | 0);
  }
  return { mins, bands };
}

/** Estimated Jaccard similarity of two fingerprints' shingle sets. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}
