/**
 * decodeInput: byte-order marks, declared charsets, legacy single-byte encodings, UTF-8
 * validity with a windows-1252 fallback, binary and empty input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeInput } from '../../src/extract/index.js';
import { SitrepError } from '../../src/core/errors.js';

/** windows-1252's 0x80–0x9F (Node's TextDecoder reads them as ISO-8859-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Encodes with a single-byte table (code point → byte) built from TextDecoder (and the table above). */
function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const dec = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  if (encoding === 'windows-1252') [...CP1252_HIGH].forEach((ch, i) => table.set(ch, 0x80 + i));
  return new Uint8Array([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`"${ch}" has no byte in ${encoding}`);
    return b;
  }));
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) out.set(p, o), (o += p.length);
  return out;
};

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    assert.ok(err instanceof SitrepError, `expected a SitrepError, got ${String(err)}`);
    return err.code;
  }
}

const RU = 'Президент России Владимир Путин подписал соглашение о военной базе в Таджикистане.';
const FR = 'Le président a déclaré à Genève que l’accord était « très important » pour l’été.';

test('cp1251 without a declaration is read as Cyrillic (text)', () => {
  const { content, format } = decodeInput(encodeSingleByte(RU, 'windows-1251'));
  assert.equal(content, RU);
  assert.equal(format, 'text');
});

test('cp1251 declared by <meta charset> in HTML', () => {
  const html = `<html><head><meta charset="windows-1251"><title>x</title></head><body><p>${RU}</p></body></html>`;
  const { content, format } = decodeInput(encodeSingleByte(html, 'windows-1251'));
  assert.ok(content.includes(RU), 'Cyrillic paragraph not decoded');
  assert.equal(format, 'html');
});

test('cp1251 declared by http-equiv Content-Type', () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>${RU}</p></body></html>`;
  assert.ok(decodeInput(encodeSingleByte(html, 'windows-1251')).content.includes(RU));
});

test('windows-1252 without a declaration (invalid UTF-8) falls back to windows-1252', () => {
  assert.equal(decodeInput(encodeSingleByte(FR, 'windows-1252')).content, FR);
});

test('windows-1252 curly quotes, dashes and the euro sign (0x80–0x9F) decode to the right characters', () => {
  const s = 'He said “no” – it cost €5… ‘twice’ — Œuvre.';
  assert.equal(decodeInput(encodeSingleByte(s, 'windows-1252')).content, s);
});

test('iso-8859-2 declared in HTML', () => {
  const pl = 'Łódź i Gdańsk podpisały porozumienie.';
  const html = `<html><head><meta charset="iso-8859-2"></head><body><p>${pl}</p></body></html>`;
  assert.ok(decodeInput(encodeSingleByte(html, 'iso-8859-2')).content.includes(pl));
});

test('a page declaring iso-8859-1 that holds valid UTF-8 is read as UTF-8', () => {
  const html = `<html><head><meta charset="iso-8859-1"></head><body><p>${FR}</p></body></html>`;
  assert.ok(decodeInput(new TextEncoder().encode(html)).content.includes(FR));
});

test('UTF-8 BOM is removed', () => {
  const { content } = decodeInput(concat(new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(FR)));
  assert.equal(content, FR);
});

test('UTF-16 LE and BE with BOM', () => {
  const le = new Uint8Array(FR.length * 2);
  const be = new Uint8Array(FR.length * 2);
  for (let i = 0; i < FR.length; i++) {
    const c = FR.charCodeAt(i);
    le[2 * i] = c & 0xff, (le[2 * i + 1] = c >> 8);
    be[2 * i] = c >> 8, (be[2 * i + 1] = c & 0xff);
  }
  assert.equal(decodeInput(concat(new Uint8Array([0xff, 0xfe]), le)).content, FR);
  assert.equal(decodeInput(concat(new Uint8Array([0xfe, 0xff]), be)).content, FR);
});

test('UTF-16 LE without a BOM is recognised by its zero high bytes', () => {
  const html = '<html><body><p>' + FR + '</p></body></html>';
  const le = new Uint8Array(html.length * 2);
  for (let i = 0; i < html.length; i++) le[2 * i] = html.charCodeAt(i) & 0xff, (le[2 * i + 1] = html.charCodeAt(i) >> 8);
  const { content, format } = decodeInput(le);
  assert.equal(content, html);
  assert.equal(format, 'html');
});

test('UTF-32 BOM is UNKNOWN_ENCODING', () => {
  assert.equal(codeOf(() => decodeInput(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))), 'UNKNOWN_ENCODING');
});

test('an unsupported declared charset on non-UTF-8 bytes is UNKNOWN_ENCODING', () => {
  const html = concat(new TextEncoder().encode('<html><head><meta charset="x-klingon"></head><body><p>'), new Uint8Array([0xc3, 0x28, 0xa0, 0xa1]), new TextEncoder().encode('</p></body></html>'));
  assert.equal(codeOf(() => decodeInput(html)), 'UNKNOWN_ENCODING');
});

const BINARY: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]],
  ['GZIP', [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]],
  ['NUL bytes', [0x68, 0x65, 0, 0x6c, 0, 0x6f, 0, 0, 0x41, 0x42]],
  ['control bytes', [1, 2, 3, 4, 5, 6, 7, 8, 0x41, 0x42, 0x43, 14, 15, 16, 17]],
];
for (const [name, bytes] of BINARY) {
  test(`binary input (${name}) is BINARY_INPUT`, () => assert.equal(codeOf(() => decodeInput(new Uint8Array(bytes))), 'BINARY_INPUT'));
}

test('empty and white-space-only input is EMPTY_INPUT', () => {
  assert.equal(codeOf(() => decodeInput(new Uint8Array())), 'EMPTY_INPUT');
  assert.equal(codeOf(() => decodeInput(new TextEncoder().encode(' \n\t \r\n'))), 'EMPTY_INPUT');
});

test('format: markup is html, prose with a "<" is text, meta.format wins', () => {
  assert.equal(decodeInput(new TextEncoder().encode('<!DOCTYPE html><html><body><p>x</p></body></html>')).format, 'html');
  assert.equal(decodeInput(new TextEncoder().encode('Prices rose by < 2 percent, officials said.')).format, 'text');
  assert.equal(decodeInput(new TextEncoder().encode('<p>x</p>'), { format: 'text' }).format, 'text');
});

test('a text starting "MZ" is text, not an EXE', () => {
  assert.equal(decodeInput(new TextEncoder().encode('MZ Holdings said on Monday it would sell its stake.')).format, 'text');
});
