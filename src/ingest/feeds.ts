/**
 * Feeds and sitemaps → the pages they list. RSS 2.0 (and RSS 1.0/RDF), Atom, sitemap `<urlset>`
 * (with `<lastmod>` and Google News `<news:publication_date>`) and `<sitemapindex>`. Read with
 * htmlparser2 in XML mode (lenient: a truncated document still yields the entries it holds).
 */
import { SitrepError } from '../core/errors.js';
import { Parser } from 'htmlparser2';

import { normalizePublished } from './dates.js';

export interface FeedEntry {
  /** The page's address (absolute). */
  url: string;
  /** Publication date the feed states (RSS pubDate / dc:date, Atom published/updated, news:publication_date). */
  published: string | null;
  /** Modification date (sitemap lastmod): weaker than a publication date. */
  modified: string | null;
  title: string | null;
}

export type FeedDoc =
  | { kind: 'rss' | 'atom' | 'urlset'; entries: FeedEntry[] }
  | { kind: 'sitemapindex'; sitemaps: FeedEntry[] };

/** At most this many entries are read from one document (the sitemap protocol's own limit). */
export const MAX_FEED_ENTRIES = 50_000;

interface RawEntry {
  link: string | null;
  altLink: string | null;
  published: string | null;
  updated: string | null;
  modified: string | null;
  title: string | null;
}

const local = (name: string) => name.toLowerCase().replace(/^.*:/, '');

/** Parses a feed or sitemap. `base` resolves relative links. Throws BAD_FEED for anything else. */
export function parseFeed(xml: string, base: string | null = null): FeedDoc {
  let root = null as string | null;
  const stack: string[] = [];
  let cur = null as RawEntry | null;
  const items: RawEntry[] = [];
  let text = '';
  let truncated = false;
  const itemTags = new Set(['item', 'entry', 'url', 'sitemap']);

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const n = local(name);
        if (root === null) root = n === 'rdf' ? 'rss' : n;
        const parent = stack.length > 0 ? local(stack[stack.length - 1]!) : null;
        const atItemLevel = stack.length === 1 || (stack.length === 2 && parent === 'channel');
        stack.push(name.toLowerCase());
        text = '';
        if (itemTags.has(n) && cur === null && atItemLevel) {
          // RSS 1.0 (RDF): the item's address may be its rdf:about.
          cur = { link: null, altLink: attrs['rdf:about'] ?? null, published: null, updated: null, modified: null, title: null };
          return;
        }
        if (cur && n === 'link' && attrs['href']) {
          // Atom: rel="alternate" (or no rel) is the page.
          const rel = (attrs['rel'] ?? 'alternate').toLowerCase();
          if (rel === 'alternate') cur.link ??= attrs['href'];
          else cur.altLink ??= attrs['href'];
        }
      },
      ontext(t) {
        text += t;
      },
      onclosetag(name) {
        stack.pop();
        const n = local(name);
        const v = text.trim();
        text = '';
        if (!cur) return;
        const c = cur;
        if (itemTags.has(n) && (stack.length === 1 || (stack.length === 2 && local(stack[1]!) === 'channel'))) {
          if (items.length < MAX_FEED_ENTRIES) items.push(c);
          else truncated = true;
          cur = null;
          return;
        }
        if (v === '') return;
        const full = name.toLowerCase();
        if (n === 'link' || n === 'loc') c.link ??= v;
        else if (n === 'guid' && /^https?:\/\//i.test(v)) c.altLink ??= v;
        else if (n === 'pubdate' || n === 'published' || n === 'issued' || full === 'dc:date' || n === 'publication_date') c.published ??= v;
        else if (n === 'updated' || n === 'modified') c.updated ??= v;
        else if (n === 'lastmod') c.modified ??= v;
        else if (n === 'title' && !full.startsWith('media:')) c.title ??= v;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml.replace(/^\uFEFF/, ''));
  parser.end();
  void truncated;

  const abs = (u: string | null): string | null => {
    if (!u) return null;
    try {
      return new URL(u.trim(), base ?? undefined).href;
    } catch {
      return null;
    }
  };
  const date = (v: string | null) => (v ? normalizeFeedDate(v) : null);
  const entries: FeedEntry[] = [];
  for (const it of items) {
    const url = abs(it.link) ?? abs(it.altLink);
    if (!url) continue;
    entries.push({ url, published: date(it.published) ?? date(it.updated), modified: date(it.modified), title: it.title });
  }
  switch (root) {
    case 'rss':
    case 'channel':
      return { kind: 'rss', entries };
    case 'feed':
      return { kind: 'atom', entries };
    case 'urlset':
      return { kind: 'urlset', entries };
    case 'sitemapindex':
      return { kind: 'sitemapindex', sitemaps: entries };
    default:
      throw new SitrepError('BAD_FEED', root === null ? 'not XML: no element found' : `not an RSS, Atom or sitemap document (root element <${root}>)`);
  }
}

/** Feed dates (RFC 822 `Tue, 10 Jun 2003 04:00:00 GMT`, ISO 8601 / W3C) → `YYYY-MM-DD`, else null. */
export function normalizeFeedDate(v: string): string | null {
  const d = normalizePublished(v);
  if (d && /^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  const t = Date.parse(v);
  if (!Number.isFinite(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}
