/**
 * Bytes → string: binary rejection, charset detection, decoding, and a guess of the format.
 */
import type { InputMeta } from '../core/types.js';
import { SitrepError } from '../core/errors.js';
import { rejectBinary } from './binary.js';
import { bomEncoding, detectCharset, sniffUtf16 } from './charset.js';
import { decodeWindows1252 } from './cp1252.js';

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml|<!--|<(?:div|p|meta|title|article|section|span|table|h[1-6])[\s>/])/i;
const HTML_INSIDE = /<\/(?:p|div|body|html|li|td|span|a|h[1-6])>|<br\s*\/?>|<(?:html|body)[\s>]/i;

/** `html` when the content looks like markup, else `text`. Reads at most the first 64 KiB. */
export function guessFormat(content: string): 'text' | 'html' {
  const head = content.slice(0, 65536);
  if (HTML_START.test(head)) return 'html';
  const tags = head.match(/<\/?[a-z][a-z0-9]*[\s>/]/gi)?.length ?? 0;
  return HTML_INSIDE.test(head) && tags >= 3 ? 'html' : 'text';
}

/** Decodes bytes (BOM, meta charset, legacy encodings) and rejects binary input with a SitrepError. */
export function decodeBytes(bytes: Uint8Array, meta: InputMeta = {}): { content: string; format: 'text' | 'html'; encoding: string } {
  if (bytes.length === 0) throw new SitrepError('EMPTY_INPUT', 'the input is empty (0 bytes)');
  const bom = bomEncoding(bytes) ?? sniffUtf16(bytes);
  rejectBinary(bytes, bom !== null && bom.encoding.startsWith('utf-16'));
  // Charset declarations are only read from markup; the ASCII head tells whether it is markup.
  const head = bytes.subarray(bom?.skip ?? 0, Math.min(bytes.length, 4096));
  const asciiHead = bom?.encoding.startsWith('utf-16') ? new TextDecoder(bom.encoding).decode(head) : String.fromCharCode(...head);
  const looksHtml = meta.format ? meta.format === 'html' : guessFormat(asciiHead) === 'html';
  const guess = detectCharset(bytes, looksHtml);
  let content: string;
  try {
    const body = bytes.subarray(guess.skip);
    content =
      guess.encoding === 'windows-1252'
        ? decodeWindows1252(body)
        : new TextDecoder(guess.encoding, { fatal: guess.encoding.startsWith('utf-16') }).decode(body);
  } catch {
    throw new SitrepError('UNKNOWN_ENCODING', `the input could not be decoded as ${guess.encoding} (${guess.source})`);
  }
  if (content.trim() === '') throw new SitrepError('EMPTY_INPUT', 'the input holds only white space');
  if (content.includes('\u0000')) content = content.replace(/\u0000/g, '');
  return { content, format: meta.format ?? guessFormat(content), encoding: guess.encoding };
}
