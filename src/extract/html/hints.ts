/**
 * Class/id hints (`data/extract/hints.tsv`) and attribute signals that say whether an element
 * is content or page furniture.
 */
import { readTsv } from '../../core/data-dir.js';
import type { HNode } from './parse.js';

interface Hints {
  strong: string[];
  negative: string[];
  positive: string[];
  weak: string[];
}

let hints: Hints | null = null;

function load(): Hints {
  if (hints) return hints;
  const rows = readTsv('extract', 'hints.tsv');
  const of = (k: string) => rows.filter((r) => r['kind'] === k).map((r) => r['hint']!);
  hints = { strong: of('strong-negative'), negative: of('negative'), positive: of('positive'), weak: of('weak-negative') };
  return hints;
}

const has = (s: string, list: string[]) => list.some((h) => s.includes(h));

/** Tags whose whole subtree is furniture. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'menu', 'figure', 'figcaption', 'header']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'menu', 'menubar', 'search', 'dialog', 'alert', 'toolbar']);

/** True when the element (and its subtree) is page furniture, judging by itself only. */
export function isFurniture(n: HNode): boolean {
  if (FURNITURE_TAGS.has(n.tag)) return n.tag !== 'form' || !/aspnet|form1|main/i.test(n.hint);
  const a = n.attrs;
  if (a['hidden'] !== undefined || a['aria-hidden'] === 'true') return true;
  if (a['style'] && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a['style'])) return true;
  if (a['role'] && FURNITURE_ROLES.has(a['role'])) return true;
  // A floated box (old-style pull quote, fact box, side links).
  if (n.tag === 'table' && /^(?:left|right)$/i.test(a['align'] ?? '')) return true;
  const h = n.hint;
  if (h.length < 2) return false;
  const { strong, negative, positive } = load();
  if (has(h, strong)) return true;
  return has(h, negative) && !has(h, positive);
}

/** Score adjustment from class/id: +25 likely content, −25 likely furniture. */
export function hintWeight(n: HNode): number {
  const h = n.hint;
  if (h.length < 2) return 0;
  const { strong, negative, positive, weak } = load();
  let w = 0;
  if (has(h, positive)) w += 25;
  if (has(h, strong) || has(h, negative) || has(h, weak)) w -= 25;
  if (n.attrs['itemprop'] === 'articleBody' || /\barticle[-_]?body\b|\bstory[-_]?body\b|\bentry[-_]content\b|\bpost[-_]content\b/.test(h)) w += 50;
  return w;
}
