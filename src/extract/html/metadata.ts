/**
 * Page metadata from the head, JSON-LD and a few marked elements: title, publication date,
 * byline, site, language, canonical address. Each field takes the first source that has it,
 * in the order listed at its function.
 */
import type { ParsedPage, HNode } from './parse.js';
import type { LdArticle } from './jsonld.js';
import { textOf } from './blocks.js';
import { parseDate } from '../dates.js';

export interface PageMeta {
  title: string | null;
  published: string | null;
  byline: string | null;
  site: string | null;
  language: string | null;
  url: string | null;
}

const DATE_METAS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'article.published', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'published_time', 'published-date', 'sailthru.date', 'parsely-pub-date', 'dc.date.issued',
  'dcterms.issued', 'dc.date', 'dcterms.created', 'dc.date.created', 'date', 'cxenseparse:recs:publishtime', 'og:published_time',
  'article:published', 'originalpublicationdate', 'displaydate', 'datecreated',
];

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', pound: '£', euro: '€' };

/** Entities left in metadata that was escaped twice ("Bike &amp;amp; Style" → "Bike & Style"). */
export function decodeLeftoverEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

const clean = (s: string | null | undefined) => (s ? decodeLeftoverEntities(s).replace(/\s+/g, ' ').trim() || null : null);

/**
 * Title: JSON-LD headline, og:title, twitter:title, the first <h1> that is not the site's logo,
 * then <title>, each less the site name; the <h1> replaces any of them when they contain it (it
 * is the headline without section or site labels).
 */
function pickTitle(page: ParsedPage, ld: LdArticle | null, h1: string | null, site: string | null): string | null {
  // A short <h1> that shares no words with <title> is more likely the site's name than the headline.
  const h1Fits = h1 !== null && (!page.title || sharedWordShare(h1, page.title) >= 0.5 || h1.split(/\s+/).length >= 5);
  const candidates = [ld?.headline, page.metas.get('og:title'), page.metas.get('twitter:title'), h1Fits ? h1 : null, page.title, h1].map(clean);
  for (const c of candidates) if (c) return stripSite(c, site, h1);
  return null;
}

function sharedWordShare(a: string, b: string): number {
  const wa = a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wb = new Set(b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  return wa.length === 0 ? 0 : wa.filter((w) => wb.has(w)).length / wa.length;
}

/** "Headline | Site" → "Headline": drops a segment that names the site, or the shorter tail. */
function stripSite(title: string, site: string | null, h1: string | null): string {
  if (h1 && h1.length >= 10 && title.includes(h1)) return h1;
  const parts = title.split(/\s+[|–—·•:]\s+|\s+-\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const squash = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const siteNorm = squash(site ?? '');
  const keep = parts.filter((p) => {
    const n = squash(p);
    return !(siteNorm.length >= 3 && n.length >= 3 && (siteNorm.includes(n) || n.includes(siteNorm)));
  });
  if (keep.length === parts.length) {
    // No segment names the site: drop a short last segment ("… - BBC News").
    const last = parts[parts.length - 1]!;
    if (last.split(/\s+/).length <= 4 && parts.slice(0, -1).join(' ').length > last.length * 2) return title.slice(0, title.lastIndexOf(last)).replace(/[\s|–—·•:-]+$/, '');
    return title;
  }
  return keep.join(' - ') || title;
}

const URL_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date in the address: /2019/11/19/, /2019-11-19, -20191115/, /2019/nov/18/. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  let m = /[/_-]((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/\-_.]|$)/.exec(path) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/\-_.]|$)/.exec(path);
  if (m) return parseDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  m = /\/((?:19|20)\d{2})\/([a-z]{3})[a-z]*\/(\d{1,2})\//i.exec(path);
  if (m && URL_MONTHS.includes(m[2]!.toLowerCase())) return parseDate(`${m[1]}-${String(URL_MONTHS.indexOf(m[2]!.toLowerCase()) + 1).padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  return null;
}

const dayDiff = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86400000;

/**
 * Published: JSON-LD datePublished, date metas, <time datetime>, a date in the address, then a
 * date in an element marked as a date. A UTC timestamp may fall on the next day; when the address
 * or a date given without a time holds a date one day away, that local day wins.
 */
function pickPublished(page: ParsedPage, ld: LdArticle | null, url: string | null, nodes: HNode[]): string | null {
  const fromUrl = dateFromUrl(url);
  const raws = [ld?.datePublished, ...DATE_METAS.map((k) => page.metas.get(k)), ...page.times.slice(0, 3)].filter((r): r is string => !!r);
  const isUtc = (raw: string) => /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/i.test(raw.trim());
  for (const raw of raws) {
    const found = parseDate(raw);
    if (!found) continue;
    if (!isUtc(raw)) return found;
    // A UTC stamp: a local day (the address, or a date given without a time) one day away wins.
    const locals = [fromUrl, ...raws.filter((r) => /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(r)).map((r) => parseDate(r))];
    const local = locals.find((d): d is string => !!d && d.length === 10 && dayDiff(d, found) === 1);
    return local ?? found;
  }
  if (fromUrl) return fromUrl;
  let looked = 0;
  for (const n of nodes) {
    if (!/date|time|publish|posted/.test(n.hint) || looked++ > 30) continue;
    const d = parseDate(textOf(n).slice(0, 200));
    if (d) return d;
  }
  return null;
}

/** "By A and B A and B – Tue Mar 31, 5:28 pm ET" → "A and B": no "By", no date, no repetition. */
export function cleanByline(raw: string): string {
  let t = raw
    .replace(/^by\s+/i, '')
    .replace(/\s*\b(?:Published|Updated|Posted|Last updated|Modified)\b.*$/i, '')
    .replace(/\s+[–—|-]\s+(?=.*\d).*$/, '')
    .trim();
  const words = t.split(/\s+/);
  const half = words.length / 2;
  if (words.length % 2 === 0 && words.slice(0, half).join(' ').toLowerCase() === words.slice(half).join(' ').toLowerCase()) t = words.slice(0, half).join(' ');
  return t;
}

/** Byline: JSON-LD authors, meta author, then an element marked byline/author. */
function pickByline(page: ParsedPage, ld: LdArticle | null, nodes: HNode[]): string | null {
  if (ld && ld.authors.length > 0) return [...new Set(ld.authors)].join(', ');
  for (const key of ['author', 'article:author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator']) {
    const v = clean(page.metas.get(key));
    if (v && !/^https?:/.test(v) && v.length < 120) return v.replace(/^by\s+/i, '');
  }
  let tries = 0;
  for (const n of nodes) {
    if (n.attrs['rel'] === 'author' || n.attrs['itemprop'] === 'author' || /\bbyline\b|\bauthor-name\b/.test(n.hint)) {
      if (tries++ > 20) break;
      const t = cleanByline(textOf(n));
      if (t.length > 2 && t.length < 120) return t;
    }
  }
  return null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function readMetadata(page: ParsedPage, ld: LdArticle | null, nodes: HNode[], givenUrl: string | null): PageMeta {
  const url = clean(page.canonical) ?? clean(page.metas.get('og:url')) ?? ld?.url ?? givenUrl;
  const site = clean(page.metas.get('og:site_name')) ?? ld?.publisher ?? clean(page.metas.get('application-name')) ?? hostOf(url ?? givenUrl);
  const h1Node = nodes.find((n) => n.tag === 'h1' && !/logo|site-?title|brand|masthead/.test(n.hint));
  const h1 = h1Node ? clean(textOf(h1Node)) : null;
  const langRaw = page.lang ?? page.metas.get('og:locale') ?? page.metas.get('content-language') ?? ld?.language ?? null;
  const language = langRaw && /^[a-z]{2}\b/i.test(langRaw.trim()) ? langRaw.trim().slice(0, 2).toLowerCase() : null;
  return {
    title: pickTitle(page, ld, h1, site),
    published: pickPublished(page, ld, givenUrl ?? url, nodes),
    byline: pickByline(page, ld, nodes),
    site,
    language,
    url,
  };
}
