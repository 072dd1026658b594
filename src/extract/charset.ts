/**
 * Character-set detection, in order of trust: byte-order mark, the page's own declaration
 * (`<meta charset>`, `http-equiv` Content-Type, XML declaration), UTF-8 validity, then a
 * single-byte guess (windows-1251 when high bytes come in word-like runs, else windows-1252).
 */
import { SitrepError } from '../core/errors.js';

export interface CharsetGuess {
  /** A WHATWG encoding label TextDecoder accepts. */
  encoding: string;
  /** How it was decided: `bom`, `declared`, `utf8-valid`, `fallback`. */
  source: 'bom' | 'declared' | 'utf8-valid' | 'fallback';
  /** Bytes to skip (the BOM). */
  skip: number;
}

/** The BOM's encoding, if the bytes start with one. Throws UNKNOWN_ENCODING for UTF-32. */
export function bomEncoding(bytes: Uint8Array): CharsetGuess | null {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', source: 'bom', skip: 3 };
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) {
    throw new SitrepError('UNKNOWN_ENCODING', 'the input starts with a UTF-32 byte-order mark; UTF-32 is not supported (convert it to UTF-8)');
  }
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', source: 'bom', skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', source: 'bom', skip: 2 };
  return null;
}

/**
 * UTF-16 without a byte-order mark: ASCII-range text leaves every other byte zero (the high
 * byte: odd positions in little-endian, even ones in big-endian).
 */
export function sniffUtf16(bytes: Uint8Array): CharsetGuess | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= 0.9 * pairs && evenZero <= 0.05 * pairs) return { encoding: 'utf-16le', source: 'fallback', skip: 0 };
  if (evenZero >= 0.9 * pairs && oddZero <= 0.05 * pairs) return { encoding: 'utf-16be', source: 'fallback', skip: 0 };
  return null;
}

const DECL_PATTERNS = [
  /<meta[^>]{0,200}?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})/i,
  /<\?xml[^>]{0,100}?\bencoding\s*=\s*["']([A-Za-z0-9_:.\-]{1,40})/i,
];

/** The charset the page declares in its first 4 KiB (read as ASCII), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096));
  for (const re of DECL_PATTERNS) {
    const m = re.exec(head);
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/** True when TextDecoder knows the label. */
export function isSupported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** UTF-8 validity and whether any multi-byte sequence occurs. Linear, stops at the first error. */
export function utf8Status(bytes: Uint8Array): { valid: boolean; multibyte: boolean } {
  let multibyte = false;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return { valid: false, multibyte };
    // A sequence cut by the end of the input (a truncated page) still counts as valid.
    if (i + need >= n) return { valid: true, multibyte: true };
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return { valid: false, multibyte };
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { valid: false, multibyte };
    multibyte = true;
    i += need + 1;
  }
  return { valid: true, multibyte };
}

/**
 * windows-1251 or windows-1252 for bytes that are not UTF-8. Cyrillic text puts its letters in
 * 0xC0–0xFF, several in a row; Western text has isolated accented letters between ASCII ones.
 */
export function guessSingleByte(bytes: Uint8Array): string {
  const n = Math.min(bytes.length, 65536);
  let high = 0;
  let runs = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b >= 0xc0) {
      high++;
      if (i > 0 && bytes[i - 1]! >= 0xc0) runs++;
    }
  }
  return high >= 8 && runs * 2 >= high ? 'windows-1251' : 'windows-1252';
}

/** Decides the encoding of `bytes`. */
export function detectCharset(bytes: Uint8Array, isHtml: boolean): CharsetGuess {
  const bom = bomEncoding(bytes) ?? sniffUtf16(bytes);
  if (bom) return bom;
  const status = utf8Status(bytes);
  const declared = isHtml ? declaredCharset(bytes) : null;
  if (declared) {
    const label = declared === 'utf8' ? 'utf-8' : declared;
    if (!isSupported(label)) {
      if (status.valid) return { encoding: 'utf-8', source: 'utf8-valid', skip: 0 };
      throw new SitrepError('UNKNOWN_ENCODING', `the page declares charset "${declared}", which is not supported, and it is not valid UTF-8`);
    }
    const canonical = new TextDecoder(label).encoding;
    // Pages that declare a Latin charset but hold valid multi-byte UTF-8 are UTF-8 (a common mislabel).
    if (canonical !== 'utf-8' && status.valid && status.multibyte && !canonical.startsWith('utf-16')) {
      return { encoding: 'utf-8', source: 'utf8-valid', skip: 0 };
    }
    // A page declared UTF-16 without a BOM that is plainly ASCII: the declaration is wrong.
    if (canonical.startsWith('utf-16')) return { encoding: status.valid ? 'utf-8' : guessSingleByte(bytes), source: 'fallback', skip: 0 };
    if (canonical === 'utf-8' && !status.valid) return { encoding: guessSingleByte(bytes), source: 'fallback', skip: 0 };
    return { encoding: canonical, source: 'declared', skip: 0 };
  }
  if (status.valid) return { encoding: 'utf-8', source: 'utf8-valid', skip: 0 };
  return { encoding: guessSingleByte(bytes), source: 'fallback', skip: 0 };
}
