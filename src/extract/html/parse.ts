/**
 * HTML → a light tree (htmlparser2, streaming, no DOM library). Only what extraction needs is
 * kept: tag, class/id hints, a few attributes, text. Scripts, styles and other non-content
 * subtrees are skipped while parsing, except JSON-LD scripts, which are collected. The head's
 * metadata (<title>, <meta>, <link rel=canonical>, <html lang>) is collected on the way.
 * Everything is iterative, so nesting depth (10^5 and more) cannot overflow the stack.
 */
import { Parser } from 'htmlparser2';

export interface HNode {
  tag: string;
  /** Lower-cased `class` + ` ` + `id`. */
  hint: string;
  attrs: Record<string, string>;
  children: Array<HNode | string>;
  parent: HNode | null;
  /** Pre-order index and the index of the last descendant (set by `number`). */
  idx: number;
  end: number;
}

export interface ParsedPage {
  root: HNode;
  title: string;
  /** `<meta name|property|itemprop>` → content (first occurrence wins). */
  metas: Map<string, string>;
  jsonLd: string[];
  canonical: string | null;
  lang: string | null;
  /** `<time datetime>` values in document order. */
  times: string[];
}

/** Subtrees dropped while parsing: never article prose. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'option', 'textarea', 'button', 'video', 'audio', 'map', 'input', 'dialog']);
const KEEP_ATTRS = new Set(['href', 'datetime', 'itemprop', 'role', 'rel', 'aria-hidden', 'hidden', 'style', 'itemtype', 'type', 'alt', 'data-testid']);

export function parseHtml(html: string): ParsedPage {
  const root: HNode = { tag: '#root', hint: '', attrs: {}, children: [], parent: null, idx: 0, end: 0 };
  const page: ParsedPage = { root, title: '', metas: new Map(), jsonLd: [], canonical: null, lang: null, times: [] };
  let current = root;
  /** Depth inside a skipped subtree (0 = not skipping). */
  let skipDepth = 0;
  let skipTag = '';
  let inTitle = false;
  let ldBuffer: string | null = null;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0) {
          if (name === skipTag) skipDepth++;
          return;
        }
        if (name === 'meta') {
          const key = (attribs['property'] ?? attribs['name'] ?? attribs['itemprop'] ?? attribs['http-equiv'] ?? '').toLowerCase();
          const content = attribs['content'];
          if (key && content !== undefined && !page.metas.has(key)) page.metas.set(key, content);
          return;
        }
        if (name === 'link') {
          if (/\bcanonical\b/i.test(attribs['rel'] ?? '') && attribs['href']) page.canonical ??= attribs['href'];
          return;
        }
        if (name === 'html' && attribs['lang']) page.lang ??= attribs['lang'];
        if (name === 'title' && page.title === '') {
          inTitle = true;
          return;
        }
        if (name === 'time' && attribs['datetime']) page.times.push(attribs['datetime']);
        if (name === 'script' && /ld\+json/i.test(attribs['type'] ?? '')) {
          ldBuffer = '';
        }
        if (SKIP.has(name)) {
          skipDepth = 1;
          skipTag = name;
          return;
        }
        const attrs: Record<string, string> = {};
        for (const k in attribs) if (KEEP_ATTRS.has(k)) attrs[k] = attribs[k]!.slice(0, 2000);
        const hint = `${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`.slice(0, 500).toLowerCase();
        const node: HNode = { tag: name, hint, attrs, children: [], parent: current, idx: 0, end: 0 };
        current.children.push(node);
        current = node;
      },
      ontext(text) {
        if (ldBuffer !== null) {
          ldBuffer += text;
          return;
        }
        if (inTitle) {
          page.title += text;
          return;
        }
        if (skipDepth > 0) return;
        const last = current.children[current.children.length - 1];
        if (typeof last === 'string') current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (skipDepth > 0) {
          if (name === skipTag && --skipDepth === 0 && ldBuffer !== null) {
            page.jsonLd.push(ldBuffer);
            ldBuffer = null;
          }
          return;
        }
        if (name === 'meta' || name === 'link' || name === 'title') return;
        // htmlparser2 closes elements in order; walk up to the element being closed.
        let n: HNode | null = current;
        while (n && n.tag !== name) n = n.parent;
        if (n && n.parent) current = n.parent;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  if (ldBuffer !== null) page.jsonLd.push(ldBuffer);
  page.title = page.title.replace(/\s+/g, ' ').trim();
  return page;
}

/**
 * All element nodes in document order (pre-order), without recursion. Sets each node's `idx`
 * and `end`, so "a is inside b" is `b.idx <= a.idx && a.idx <= b.end`.
 */
export function preOrder(root: HNode): HNode[] {
  const out: HNode[] = [];
  const stack: HNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) {
      const c = n.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
  for (let i = 0; i < out.length; i++) out[i]!.idx = out[i]!.end = i;
  for (let i = out.length - 1; i > 0; i--) {
    const n = out[i]!;
    if (n.parent && n.end > n.parent.end) n.parent.end = n.end;
  }
  return out;
}
