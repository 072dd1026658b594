/**
 * Main-content selection over text blocks (ideas from readability and boilerpipe, own code):
 * each prose block scores the elements above it (commas, length, less for link-heavy text),
 * element scores are weighted by class/id hints and damped by the element's link density, the
 * best element and its worthy siblings are the article, and the blocks inside them are kept.
 * A JSON-LD `articleBody`, when the page has one, is a signal: blocks it contains score more.
 */
import type { HNode } from './parse.js';
import type { Block } from './blocks.js';
import { hintWeight } from './hints.js';

/** Blocks shorter than this do not vote. */
const MIN_VOTE_CHARS = 25;
/** How many ancestors a block's vote reaches, and the share each gets. */
const VOTE_SHARES = [1, 0.5, 0.33, 0.2, 0.1];
/** How far up, and for how much more prose, the top element may be replaced by an ancestor. */
const CLIMB_LEVELS = 4;
const CLIMB_GAIN = 1.5;

function tagBase(tag: string): number {
  if (tag === 'div' || tag === 'article' || tag === 'main' || tag === 'section') return 5;
  if (tag === 'pre' || tag === 'td' || tag === 'blockquote') return 3;
  if (tag === 'ol' || tag === 'ul' || tag === 'dl' || tag === 'li' || tag === 'form') return -3;
  if (/^h[1-6]$/.test(tag) || tag === 'th') return -5;
  return 0;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Word trigrams of the JSON-LD body, so "is this block in it" is linear time. */
function trigrams(s: string): Set<string> {
  const w = words(s);
  const set = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) set.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return set;
}

/** True when most of the block's trigrams occur in the JSON-LD body. */
function containedIn(text: string, set: Set<string>): boolean {
  const w = words(text);
  if (w.length < 3) return false;
  let hit = 0;
  for (let i = 0; i + 2 < w.length; i++) if (set.has(`${w[i]} ${w[i + 1]} ${w[i + 2]}`)) hit++;
  return hit >= 0.8 * (w.length - 2);
}

/** Grid and utility class names shared by unrelated containers: no evidence of one article. */
const LAYOUT_CLASS = /^(?:row|col|container|wrapper|inner|outer|grid|section|block|clearfix|flex|cell|column|span\d|(?:col|large|medium|small|xs|sm|md|lg|xl|d|m[tbxy]?|p[tbxy]?|w|h)-)/;

/** The first class name (the hint starts with the class attribute). */
function firstClass(n: HNode): string {
  return n.hint.trim().split(/\s+/)[0] ?? '';
}

/** 1 at every pre-order position inside one of the (disjoint) chosen subtrees. */
function coverage(chosen: HNode[], n: number): Uint8Array {
  const diff = new Int32Array(n + 1);
  for (const c of chosen) {
    diff[c.idx]! += 1;
    diff[c.end + 1]! -= 1;
  }
  const out = new Uint8Array(n);
  let run = 0;
  for (let i = 0; i < n; i++) {
    run += diff[i]!;
    out[i] = run > 0 ? 1 : 0;
  }
  return out;
}

export interface Selection {
  blocks: Block[];
  /** The chosen element, for debugging. */
  top: HNode | null;
}

export function selectContent(nodes: HNode[], blocks: Block[], ldBody: string | null): Selection {
  const n = nodes.length;
  const chars = new Float64Array(n);
  const links = new Float64Array(n);
  const score = new Float64Array(n);
  const scored = new Uint8Array(n);
  const ld = ldBody && ldBody.length > 200 ? trigrams(ldBody) : null;
  const inLd = blocks.map((b) => (ld !== null && b.text.length >= MIN_VOTE_CHARS ? containedIn(b.text, ld) : false));

  /** Characters of prose (voting blocks) under each node. */
  const good = new Float64Array(n);
  for (const b of blocks) {
    chars[b.node.idx] += b.text.length;
    links[b.node.idx] += b.linkChars;
    if (b.text.length >= MIN_VOTE_CHARS && b.linkChars / b.text.length <= 0.5) good[b.node.idx] += b.text.length;
  }
  for (let i = n - 1; i > 0; i--) {
    const p = nodes[i]!.parent;
    if (p) {
      chars[p.idx] += chars[i]!;
      links[p.idx] += links[i]!;
      good[p.idx] += good[i]!;
    }
  }

  blocks.forEach((b, bi) => {
    const len = b.text.length;
    if (len < MIN_VOTE_CHARS || b.linkChars / len > 0.5) return;
    let vote = 1 + (b.text.match(/[,،，、]/g)?.length ?? 0) + Math.min(Math.floor(len / 100), 3);
    if (ld !== null) vote *= inLd[bi] ? 3 : 0.3;
    let a: HNode | null = b.kind === 'other' ? b.node : b.node.parent;
    for (let level = 0; a && level < VOTE_SHARES.length; level++, a = a.parent) {
      if (!scored[a.idx]) {
        scored[a.idx] = 1;
        score[a.idx] = tagBase(a.tag) + hintWeight(a);
      }
      score[a.idx] += vote * VOTE_SHARES[level]!;
    }
  });

  let top: HNode | null = null as HNode | null;
  let best = -Infinity;
  for (let i = 0; i < n; i++) {
    if (!scored[i]) continue;
    const density = chars[i]! > 0 ? links[i]! / chars[i]! : 0;
    score[i] = score[i]! * (1 - density);
    if (score[i]! > best) (best = score[i]!), (top = nodes[i]!);
  }
  if (!top) return { blocks: blocks.filter((b) => b.linkChars / b.text.length < 0.5), top: null };

  // Climb while an ancestor holds much more prose, little link text, and a fair score: the
  // article is split over several containers (one per section or ad break).
  for (let a = top.parent, k = 0; a && a.parent && k < CLIMB_LEVELS; a = a.parent, k++) {
    const density = chars[a.idx]! > 0 ? links[a.idx]! / chars[a.idx]! : 0;
    if (good[a.idx]! >= CLIMB_GAIN * good[top.idx]! && density < 0.3 && score[a.idx]! >= 0.5 * best) {
      top = a;
      best = Math.max(best, score[a.idx]!);
    }
  }

  // The top element and its siblings that look like more of the same article.
  const chosen: HNode[] = [top];
  const parent = top.parent;
  if (parent) {
    const threshold = Math.max(10, best * 0.2);
    for (const s of parent.children) {
      if (typeof s === 'string' || s === top) continue;
      const density = chars[s.idx]! > 0 ? links[s.idx]! / chars[s.idx]! : 1;
      const sameClass = top.hint.trim() !== '' && s.hint === top.hint ? best * 0.2 : 0;
      if (scored[s.idx] && score[s.idx]! + sameClass >= threshold) chosen.push(s);
      else if (s.tag === 'p' && chars[s.idx]! > 80 && density < 0.25) chosen.push(s);
    }
  }
  // Cousins with the top element's tag and first class: an article split by ads or widgets into
  // several identical containers. Chosen elements are disjoint subtrees, so "covered" and "holds
  // a chosen element" are prefix sums over pre-order positions: linear however many are chosen.
  const covered = coverage(chosen, n);
  const starts = new Int32Array(n + 1);
  for (const c of chosen) starts[c.idx + 1] = 1;
  for (let i = 0; i < n; i++) starts[i + 1] += starts[i]!;
  const family = firstClass(top);
  if (family.length >= 4 && !LAYOUT_CLASS.test(family)) {
    let lastEnd = -1;
    for (let i = 0; i < n; i++) {
      const c = nodes[i]!;
      if (i <= lastEnd || c.tag !== top.tag || firstClass(c) !== family || good[i]! < MIN_VOTE_CHARS * 2) continue;
      if (covered[i] || starts[c.end + 1]! - starts[c.idx]! > 0) continue;
      if (chars[i]! > 0 && links[i]! / chars[i]! < 0.3) {
        chosen.push(c);
        lastEnd = c.end;
      }
    }
  }
  const keep = coverage(chosen, n);
  const inside = (b: Block) => keep[b.node.idx] === 1;
  return { blocks: blocks.filter(inside), top };
}
