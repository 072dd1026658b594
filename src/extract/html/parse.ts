/**
 * HTML → a light tree, built on htmlparser2's tokenizer with an own tree builder whose every
 * step is O(1) amortised (htmlparser2's Parser shifts an array per open element, which is
 * quadratic in nesting depth). Only what extraction needs is kept: tag, class/id hint, a few
 * attributes, text. Scripts, styles and other non-content subtrees are skipped while parsing,
 * except JSON-LD scripts, which are collected. The head's metadata (<title>, <meta>,
 * <link rel=canonical>, <html lang>, <time datetime>) is collected on the way.
 */
import { Tokenizer } from 'htmlparser2';

export interface HNode {
  tag: string;
  /** Lower-cased `class` + ` ` + `id`. */
  hint: string;
  attrs: Record<string, string>;
  children: Array<HNode | string>;
  parent: HNode | null;
  /** Pre-order index and the index of the last descendant (set by `preOrder`). */
  idx: number;
  end: number;
}

export interface ParsedPage {
  root: HNode;
  title: string;
  /** `<meta name|property|itemprop|http-equiv>` → content (first occurrence wins). */
  metas: Map<string, string>;
  jsonLd: string[];
  canonical: string | null;
  lang: string | null;
  /** `<time datetime>` values in document order. */
  times: string[];
}

/** Subtrees dropped while parsing: never article prose. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'textarea', 'button', 'video', 'audio', 'map', 'dialog']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'frame']);
const KEEP_ATTRS = new Set(['href', 'datetime', 'itemprop', 'role', 'rel', 'aria-hidden', 'hidden', 'style', 'itemtype', 'type', 'alt', 'align']);
/** Opening one of these closes an open <p> (HTML's "close a p element"). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'li', 'dd', 'dt',
]);
/** Opening the key closes the nearest open element among the values, unless a boundary is met first. */
const CLOSES_SIBLING: Record<string, { close: Set<string>; boundary: Set<string> }> = {
  li: { close: new Set(['li']), boundary: new Set(['ul', 'ol', 'menu', 'table', 'div', 'section', 'article']) },
  dt: { close: new Set(['dt', 'dd']), boundary: new Set(['dl', 'table', 'div']) },
  dd: { close: new Set(['dt', 'dd']), boundary: new Set(['dl', 'table', 'div']) },
  tr: { close: new Set(['tr', 'td', 'th']), boundary: new Set(['table', 'tbody', 'thead', 'tfoot']) },
  td: { close: new Set(['td', 'th']), boundary: new Set(['tr', 'table']) },
  th: { close: new Set(['td', 'th']), boundary: new Set(['tr', 'table']) },
  option: { close: new Set(['option']), boundary: new Set(['select']) },
};
const P_BOUNDARY = new Set(['table', 'td', 'th', 'button']);
/** How far up implied-close searches look: keeps each step O(1). */
const IMPLIED_REACH = 8;

function newNode(tag: string, attrs: Record<string, string>, parent: HNode | null): HNode {
  const hint = `${attrs['class'] ?? ''} ${attrs['id'] ?? ''}`.slice(0, 500).toLowerCase();
  const kept: Record<string, string> = {};
  for (const k in attrs) if (KEEP_ATTRS.has(k)) kept[k] = attrs[k]!.slice(0, 2000);
  return { tag, hint, attrs: kept, children: [], parent, idx: 0, end: 0 };
}

export function parseHtml(html: string): ParsedPage {
  const root = newNode('#root', {}, null);
  const page: ParsedPage = { root, title: '', metas: new Map(), jsonLd: [], canonical: null, lang: null, times: [] };
  const stack: HNode[] = [root];
  /** How many elements of each tag are open: "is a <p> open" in O(1). */
  const open = new Map<string, number>();
  let skipDepth = 0;
  let skipTag = '';
  let inTitle = false;
  let ldBuffer: string | null = null;

  let tagName = '';
  let attrs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';

  const top = () => stack[stack.length - 1]!;
  const pop = () => {
    const n = stack.pop()!;
    open.set(n.tag, (open.get(n.tag) ?? 1) - 1);
  };
  /** Pops up to and including the nearest open `tag`, if found within `reach` (or anywhere). */
  const closeTo = (tag: string, reach: number, boundary?: Set<string>): boolean => {
    if (!open.get(tag)) return false;
    for (let i = stack.length - 1, k = 0; i > 0 && k < reach; i--, k++) {
      const t = stack[i]!.tag;
      if (t === tag) {
        while (stack.length > i) pop();
        return true;
      }
      if (boundary?.has(t)) return false;
    }
    return false;
  };

  const addText = (text: string) => {
    if (ldBuffer !== null) return void (ldBuffer += text);
    if (inTitle) return void (page.title += text);
    if (skipDepth > 0) return;
    const node = top();
    const last = node.children[node.children.length - 1];
    if (typeof last === 'string') node.children[node.children.length - 1] = last + text;
    else node.children.push(text);
  };

  const openTag = (name: string, a: Record<string, string>, selfClosing: boolean) => {
    if (skipDepth > 0) {
      if (name === skipTag && !selfClosing) skipDepth++;
      return;
    }
    if (name === 'meta') {
      const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'] ?? '').toLowerCase();
      const content = a['content'];
      if (key && content !== undefined && !page.metas.has(key)) page.metas.set(key, content.slice(0, 5000));
      return;
    }
    if (name === 'link') {
      if (/\bcanonical\b/i.test(a['rel'] ?? '') && a['href']) page.canonical ??= a['href'];
      return;
    }
    if (name === 'html' && a['lang']) page.lang ??= a['lang'];
    if (name === 'title') {
      if (!selfClosing && page.title === '') inTitle = true;
      return;
    }
    if (name === 'time' && a['datetime'] && page.times.length < 50) page.times.push(a['datetime']);
    if (SKIP.has(name)) {
      if (selfClosing) return;
      if (name === 'script' && /ld\+json/i.test(a['type'] ?? '')) ldBuffer = '';
      skipDepth = 1;
      skipTag = name;
      return;
    }
    if (CLOSES_P.has(name)) closeTo('p', IMPLIED_REACH, P_BOUNDARY);
    const sib = CLOSES_SIBLING[name];
    if (sib) for (const t of sib.close) if (closeTo(t, IMPLIED_REACH, sib.boundary)) break;
    const node = newNode(name, a, top());
    top().children.push(node);
    if (VOID.has(name) || selfClosing) return;
    stack.push(node);
    open.set(name, (open.get(name) ?? 0) + 1);
  };

  const closeTag = (name: string) => {
    if (skipDepth > 0) {
      if (name === skipTag && --skipDepth === 0 && ldBuffer !== null) {
        page.jsonLd.push(ldBuffer);
        ldBuffer = null;
      }
      return;
    }
    if (name === 'title') return void (inTitle = false);
    if (name === 'br') return openTag('br', {}, true);
    closeTo(name, Infinity);
  };

  const slice = (s: number, e: number) => html.slice(s, e);
  const tokenizer = new Tokenizer(
    { decodeEntities: true, recognizeSelfClosing: true },
    {
      onopentagname(s, e) {
        tagName = slice(s, e).toLowerCase();
        attrs = {};
      },
      onattribname(s, e) {
        attrName = slice(s, e).toLowerCase();
        attrValue = '';
      },
      onattribdata(s, e) {
        if (attrValue.length < 5000) attrValue += slice(s, Math.min(e, s + 5000));
      },
      onattribentity(cp) {
        attrValue += String.fromCodePoint(cp);
      },
      onattribend() {
        if (!(attrName in attrs)) attrs[attrName] = attrValue;
      },
      onopentagend() {
        openTag(tagName, attrs, false);
      },
      onselfclosingtag() {
        openTag(tagName, attrs, true);
      },
      onclosetag(s, e) {
        closeTag(slice(s, e).toLowerCase());
      },
      ontext(s, e) {
        addText(slice(s, e));
      },
      ontextentity(cp) {
        addText(String.fromCodePoint(cp));
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (ldBuffer !== null) page.jsonLd.push(ldBuffer);
  page.title = page.title.replace(/\s+/g, ' ').trim().slice(0, 1000);
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
