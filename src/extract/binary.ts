/**
 * Binary sniffing: known magic numbers and the share of control bytes. Text and HTML pages never
 * start with these signatures and hold (almost) no NUL or C0 control bytes.
 */
import { SitrepError } from '../core/errors.js';

/** Signature → what it is. Checked against the first bytes of the input. */
const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP'],
  [[0x50, 0x4b, 0x05, 0x06], 'ZIP'],
  [[0x1f, 0x8b], 'GZIP'],
  [[0x42, 0x5a, 0x68], 'BZIP2'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'XZ'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'ZSTD'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7Z'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF'],
  [[0x4d, 0x5a], 'EXE'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'OLE (old Office document)'],
  [[0x00, 0x00, 0x01, 0x00], 'ICO'],
  [[0x49, 0x44, 0x33], 'MP3'],
  [[0x4f, 0x67, 0x67, 0x53], 'OGG'],
  [[0x1a, 0x45, 0xdf, 0xa3], 'Matroska/WebM'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'SQLite'],
  [[0x00, 0x61, 0x73, 0x6d], 'WebAssembly'],
];

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

/** The kind of binary file the bytes start with, or null. */
export function magicKind(bytes: Uint8Array): string | null {
  for (const [sig, name] of MAGIC) {
    // 'MZ' and ICO are short signatures: only trust them when the rest also looks binary.
    if (startsWith(bytes, sig)) return name;
  }
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && bytes.length >= 12) return 'RIFF (WAV/AVI/WebP)';
  if (bytes.length >= 12 && startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4)) return 'MP4/MOV';
  return null;
}

/**
 * Throws BINARY_INPUT when the bytes are not text. `utf16` says a UTF-16 BOM was seen (then NULs
 * are expected). Looks at the first 64 KiB only, so the check is constant-time.
 */
export function rejectBinary(bytes: Uint8Array, utf16: boolean): void {
  const kind = magicKind(bytes);
  if (kind && !(kind === 'EXE' && looksTextual(bytes))) {
    throw new SitrepError('BINARY_INPUT', `the input is a ${kind} file, not a text or HTML page`);
  }
  if (utf16) return;
  const n = Math.min(bytes.length, 65536);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (nul > 0 && nul * 1000 >= n) {
    throw new SitrepError('BINARY_INPUT', `the input holds ${nul} NUL bytes in its first ${n} bytes: binary data, not text`);
  }
  if ((nul + control) * 20 > n) {
    throw new SitrepError('BINARY_INPUT', `${nul + control} of the first ${n} bytes are control characters: binary data, not text`);
  }
}

/** 'MZ' also starts ordinary words ("MZ" …): accept it when the first bytes are all printable. */
function looksTextual(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}
