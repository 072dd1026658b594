/**
 * SimHash over word 3-shingles, 64 bits as two 32-bit halves. Wire copies of one story differ in a
 * few words (dateline, byline, a trimmed paragraph) and land within a small Hamming distance.
 * Stored as four 16-bit bands: two texts within distance 3 share at least one band exactly.
 */
export const NEAR_DUP_DISTANCE = 3;
/** Texts shorter than this (in words) are not fingerprinted: too little to tell copies apart. */
export const MIN_WORDS = 40;

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}

/** Four 16-bit bands of the fingerprint, or null for short texts. */
export function simhash(text: string): [number, number, number, number] | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const v = new Int32Array(64);
  for (let i = 0; i + 3 <= words.length; i++) {
    const sh = words[i] + ' ' + words[i + 1] + ' ' + words[i + 2];
    const lo = fnv1a(sh, 2166136261);
    const hi = fnv1a(sh, 0x9747b28c);
    for (let b = 0; b < 32; b++) {
      v[b]! += (lo >>> b) & 1 ? 1 : -1;
      v[32 + b]! += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  const bands: [number, number, number, number] = [0, 0, 0, 0];
  for (let b = 0; b < 64; b++) if (v[b]! > 0) bands[b >> 4] |= 1 << (b & 15);
  return bands;
}

export function hamming(a: readonly number[], b: readonly number[]): number {
  let d = 0;
  for (let i = 0; i < 4; i++) {
    let x = (a[i]! ^ b[i]!) & 0xffff;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}
