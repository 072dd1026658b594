/**
 * JSON-LD (`<script type="application/ld+json">`): the NewsArticle-like object's headline,
 * dates, authors, publisher and articleBody. Malformed JSON is ignored.
 */
export interface LdArticle {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  publisher: string | null;
  articleBody: string | null;
  url: string | null;
  language: string | null;
}

const ARTICLE_TYPES = /Article|Posting|Report|BlogPosting|WebPage|NewsArticle|LiveBlog/i;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return str((v as { name: unknown }).name);
  return null;
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return list.map((x) => str(x)).filter((x): x is string => x !== null && x.length < 120);
}

/** Flattens arrays and `@graph` into a list of objects (iteratively, bounded). */
function objects(root: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const stack: unknown[] = [root];
  while (stack.length > 0 && out.length < 500) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v.slice(0, 100));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) stack.push(o['@graph']);
      if (o['mainEntity'] && typeof o['mainEntity'] === 'object') stack.push(o['mainEntity']);
    }
  }
  return out;
}

export function readJsonLd(scripts: string[]): LdArticle | null {
  let best: LdArticle | null = null;
  let bestRank = -1;
  for (const raw of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(raw.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    for (const o of objects(data)) {
      const type = String(o['@type'] ?? '');
      if (!ARTICLE_TYPES.test(type)) continue;
      const rank = (/Article|Posting|Report/i.test(type) ? 2 : 0) + (o['articleBody'] ? 2 : 0) + (o['headline'] ? 1 : 0);
      if (rank <= bestRank) continue;
      bestRank = rank;
      best = {
        headline: str(o['headline']) ?? str(o['name']),
        datePublished: str(o['datePublished']) ?? str(o['dateCreated']),
        dateModified: str(o['dateModified']),
        authors: names(o['author']),
        publisher: str(o['publisher']),
        articleBody: typeof o['articleBody'] === 'string' ? o['articleBody'] : null,
        url: str(o['url']),
        language: str(o['inLanguage']),
      };
    }
  }
  return best;
}
