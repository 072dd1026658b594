/**
 * The light tree → text blocks: the inline text between block-level boundaries, with how much
 * of it is link text and which element holds it. Furniture subtrees (nav, aside, hidden,
 * negative class/id hints) are left out; figure captions are kept aside as caption candidates.
 */
import type { HNode } from './parse.js';
import { isFurniture } from './hints.js';

export type BlockKind = 'p' | 'heading' | 'li' | 'quote' | 'pre' | 'cell' | 'other';

export interface Block {
  text: string;
  linkChars: number;
  /** The innermost block-level element holding the text. */
  node: HNode;
  kind: BlockKind;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'figcaption', 'br', 'hr',
  'address', 'center', 'body', 'html', 'details', 'summary', 'header', 'footer', 'nav', 'aside', 'form', 'fieldset',
  'legend', '#root', 'figure', 'picture', 'img',
]);

function kindOf(tag: string, inQuote: boolean): BlockKind {
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'li';
  if (inQuote || tag === 'blockquote') return 'quote';
  if (tag === 'pre') return 'pre';
  if (tag === 'td' || tag === 'th') return 'cell';
  if (tag === 'p') return 'p';
  return 'other';
}

/** The plain text of a subtree (iterative). */
export function textOf(node: HNode): string {
  const parts: string[] = [];
  const stack: Array<HNode | string> = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') parts.push(n);
    else {
      if (BLOCK_TAGS.has(n.tag)) parts.push(' ');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export interface BlockCollection {
  blocks: Block[];
  /** Figure captions with the pre-order index of their element. */
  captions: Array<{ text: string; idx: number }>;
}

/**
 * Characters of text under each node (by `idx`), and of text inside <p> elements. `nodes` is
 * `preOrder(root)`. A furniture-looking element that holds most of the page's paragraphs is the
 * page's frame, not furniture (some templates put the whole page in a <header> or a <form>).
 */
export function paragraphShare(nodes: HNode[]): Float64Array {
  const n = nodes.length;
  const inP = new Uint8Array(n);
  const pChars = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    inP[i] = node.tag === 'p' || (node.parent !== null && inP[node.parent.idx] === 1) ? 1 : 0;
    if (inP[i]) for (const c of node.children) if (typeof c === 'string') pChars[i] += c.trim().length;
  }
  for (let i = n - 1; i > 0; i--) {
    const parent = nodes[i]!.parent;
    if (parent) pChars[parent.idx] += pChars[i]!;
  }
  const total = pChars[0] || 1;
  for (let i = 0; i < n; i++) pChars[i] = pChars[i]! / total;
  return pChars;
}

export function collectBlocks(root: HNode, share?: Float64Array): BlockCollection {
  const blocks: Block[] = [];
  const captions: BlockCollection['captions'] = [];
  let buf: string[] = [];
  let linkChars = 0;
  let owner: HNode = root;
  let quoteDepth = 0;
  let linkDepth = 0;

  const flush = () => {
    if (buf.length === 0) return;
    const raw = buf.join('');
    buf = [];
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text !== '') {
      // Link characters were counted on raw text; scale them to the collapsed length.
      const links = Math.min(text.length, Math.round((linkChars * text.length) / Math.max(raw.length, 1)));
      blocks.push({ text, linkChars: links, node: owner, kind: kindOf(owner.tag, quoteDepth > 0) });
    }
    linkChars = 0;
  };

  // Explicit stack of enter/exit events: [node, exiting].
  const stack: Array<[HNode | string, boolean]> = [[root, false]];
  const owners: HNode[] = [];
  while (stack.length > 0) {
    const [n, exiting] = stack.pop()!;
    if (typeof n === 'string') {
      buf.push(n);
      if (linkDepth > 0) linkChars += n.length;
      continue;
    }
    const isBlock = BLOCK_TAGS.has(n.tag);
    if (exiting) {
      if (n.tag === 'a') linkDepth--;
      if (n.tag === 'blockquote') quoteDepth--;
      if (isBlock) {
        flush();
        owners.pop();
        owner = owners[owners.length - 1] ?? root;
      }
      continue;
    }
    if (n !== root && isFurniture(n) && !(share && share[n.idx]! >= 0.5)) {
      if (n.tag === 'figure' || n.tag === 'figcaption' || /caption/.test(n.hint)) {
        const cap = textOf(n);
        if (cap.length > 20) captions.push({ text: cap, idx: n.idx });
      }
      if (isBlock) flush();
      continue;
    }
    if (n.tag === 'img' && n.attrs['alt'] === undefined) continue;
    if (isBlock) {
      flush();
      owners.push(n);
      owner = n;
    }
    if (n.tag === 'a') linkDepth++;
    if (n.tag === 'blockquote') quoteDepth++;
    stack.push([n, true]);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push([n.children[i]!, false]);
  }
  flush();
  return { blocks, captions };
}
