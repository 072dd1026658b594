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

const clean = (s: string | null | undefined) => (s ? s.replace(/\s+/g, ' ').trim() || null : null);

/** Title: JSON-LD headline, og:title, twitter:title, the first <h1>, then <title> less the site name. */
function pickTitle(page: ParsedPage, ld: LdArticle | null, h1: string | null, site: string | null): string | null {
  const candidates = [ld?.headline, page.metas.get('og:title'), page.metas.get('twitter:title'), h1, page.title].map(clean);
  for (const c of candidates) if (c) return stripSite(c, site, h1);
  return null;
}

/** "Headline | Site" → "Headline": drops a segment that names the site, or the shorter tail. */
function stripSite(title: string, site: string | null, h1: string | null): string {
  if (h1 && title.startsWith(h1) && h1.length >= 10) return h1;
  const parts = title.split(/\s+[|–—·•:]\s+|\s+-\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const siteNorm = site?.toLowerCase().replace(/[^a-z0-9]/g, '') ?? '';
  const keep = parts.filter((p) => {
    const n = p.toLowerCase().replace(/[^a-z0-9]/g, '');
    return !(siteNorm && (n === siteNorm || siteNorm.includes(n) || n.includes(siteNorm)));
  });
  if (keep.length === parts.length) {
    // No segment names the site: drop a short last segment ("… - BBC News").
    const last = parts[parts.length - 1]!;
    if (last.split(/\s+/).length <= 4 && parts.slice(0, -1).join(' ').length > last.length * 2) return title.slice(0, title.lastIndexOf(last)).replace(/[\s|–—·•:-]+$/, '');
    return title;
  }
  return keep.join(' - ') || title;
}

/** Published: JSON-LD datePublished, date metas, <time datetime>, a date in the address. */
function pickPublished(page: ParsedPage, ld: LdArticle | null, url: string | null): string | null {
  const fromLd = parseDate(ld?.datePublished);
  if (fromLd) return fromLd;
  for (const key of DATE_METAS) {
    const d = parseDate(page.metas.get(key));
    if (d) return d;
  }
  for (const t of page.times.slice(0, 3)) {
    const d = parseDate(t);
    if (d) return d;
  }
  if (url) {
    const m = /\/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:[/\-_.]|$)/.exec(url) ?? /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(url);
    if (m) return parseDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  }
  return null;
}

/** Byline: JSON-LD authors, meta author, then an element marked byline/author. */
function pickByline(page: ParsedPage, ld: LdArticle | null, nodes: HNode[]): string | null {
  if (ld && ld.authors.length > 0) return [...new Set(ld.authors)].join(', ');
  for (const key of ['author', 'article:author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator']) {
    const v = clean(page.metas.get(key));
    if (v && !/^https?:/.test(v) && v.length < 120) return v.replace(/^by\s+/i, '');
  }
  for (const n of nodes) {
    if (n.attrs['rel'] === 'author' || n.attrs['itemprop'] === 'author' || /\bbyline\b|\bauthor-name\b/.test(n.hint)) {
      const t = textOf(n).replace(/^by\s+/i, '').trim();
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
  const h1Node = nodes.find((n) => n.tag === 'h1');
  const h1 = h1Node ? clean(textOf(h1Node)) : null;
  const langRaw = page.lang ?? page.metas.get('og:locale') ?? page.metas.get('content-language') ?? ld?.language ?? null;
  const language = langRaw && /^[a-z]{2}\b/i.test(langRaw.trim()) ? langRaw.trim().slice(0, 2).toLowerCase() : null;
  return {
    title: pickTitle(page, ld, h1, site),
    published: pickPublished(page, ld, givenUrl ?? url),
    byline: pickByline(page, ld, nodes),
    site,
    language,
    url,
  };
}
