/**
 * `sitrep eval polnear DIR`: scores the quotes stage on PolNeAR (BRAT attribution relations).
 *
 * DIR holds `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann` (Source, Cue, Content spans,
 * possibly discontinuous "a b;c d"; `E` lines link them). When a text has several annotators'
 * files, the first in name order is used. Paragraphs come from blank lines; the quotes stage
 * runs with no entities unless `--entities` asks for the recogniser and the entities stage, and
 * with `scope: 'attribution'`: PolNeAR annotates beliefs, intentions and stances as well as speech.
 *
 * Metrics:
 *   content P/R/F1: predicted quotes sharing one cue count as one attribution (PolNeAR links the
 *     parts of '"A," he said. "B."' to one Content) when they stand in one paragraph; a prediction matches a gold Content when their word tokens overlap by at
 *     least half of the longer of the two (each gold and each prediction matched at most once,
 *     best overlaps first);
 *   direct recall: recall over gold contents enclosed in quotation marks;
 *   speaker accuracy: over matched pairs whose gold has a Source, the share where the predicted
 *     speaker span overlaps a gold Source span.
 *
 * `--verbose` lists, per document, the missed gold attributions (MISS, with their gold cue and
 * source), the false alarms (FA, with our cue and speaker) and the wrong speakers (SPK).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Entity, Quote, Span } from '../core/types.js';
import { segment } from '../nlp/segment.js';
import { findQuotes } from '../quotes/index.js';

export interface GoldAttribution {
  content: Span[];
  source: Span[];
  cue: Span[];
}

function spans(range: string): Span[] {
  return range.split(';').map((part) => {
    const [s, e] = part.trim().split(/\s+/).map(Number);
    return { start: s!, end: e! };
  });
}

/** Parses a BRAT .ann file into attribution relations that have a Content. */
export function parseAnn(ann: string): GoldAttribution[] {
  const tb = new Map<string, { type: string; spans: Span[] }>();
  const out: GoldAttribution[] = [];
  const lines = ann.split(/\r?\n/);
  for (const line of lines) {
    const [id, def] = line.split('\t');
    if (!id || !def || !id.startsWith('T')) continue;
    const sp = def.indexOf(' ');
    tb.set(id, { type: def.slice(0, sp), spans: spans(def.slice(sp + 1)) });
  }
  for (const line of lines) {
    const [id, def] = line.split('\t');
    if (!id || !def || !id.startsWith('E')) continue;
    const rel: GoldAttribution = { content: [], source: [], cue: [] };
    for (const arg of def.split(' ')) {
      const [role, ref] = arg.split(':');
      const t = ref ? tb.get(ref) : undefined;
      if (!t || !role) continue;
      if (role.startsWith('Content')) rel.content.push(...t.spans);
      else if (role === 'Source') rel.source.push(...t.spans);
      else if (role === 'Cue') rel.cue.push(...t.spans);
    }
    if (rel.content.length > 0) out.push(rel);
  }
  return out;
}

/** Paragraph spans from blank lines. */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let s = m.index;
    let e = m.index + m[0].length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

/** Start offsets of the word tokens inside the spans. */
export function wordSet(text: string, parts: Span[]): Set<number> {
  const out = new Set<number>();
  for (const p of parts) {
    const re = /[\p{L}\p{N}]+/gu;
    re.lastIndex = p.start;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) && m.index < p.end) out.add(m.index);
  }
  return out;
}

function overlap(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.max(a.size, b.size);
}

/** A gold content enclosed in quotation marks (the mark is its first character or just before it). */
export function isQuoted(text: string, content: Span[]): boolean {
  const first = content.reduce((a, b) => (b.start < a.start ? b : a));
  const last = content.reduce((a, b) => (b.end > a.end ? b : a));
  const before = text.slice(Math.max(0, first.start - 2), first.start + 1);
  const after = text.slice(Math.max(0, last.end - 2), last.end + 2);
  return /["“]/.test(before) && /["”]/.test(after);
}

export interface Counts {
  gold: number;
  pred: number;
  matched: number;
  goldDirect: number;
  matchedDirect: number;
  withSource: number;
  speakerOk: number;
}

/**
 * Predicted attributions: quotes that share one cue (the two parts of '"A," he said. "B."', a
 * partial quote inside the indirect content it belongs to) form one attribution, as in PolNeAR.
 */
export function groupByCue(text: string, pred: Quote[]): Array<{ parts: Quote[]; speaker: Quote['speaker'] }> {
  const groups = new Map<string, Quote[]>();
  const out: Array<{ parts: Quote[]; speaker: Quote['speaker'] }> = [];
  for (const q of pred) {
    if (!q.cue) {
      out.push({ parts: [q], speaker: q.speaker });
      continue;
    }
    const key = `${q.cue.start}:${q.cue.end}`;
    const list = groups.get(key);
    const lastPart = list?.[list.length - 1];
    const sameParagraph = !!lastPart && !/\n\s*\n/.test(text.slice(Math.min(lastPart.end, q.start), Math.max(lastPart.end, q.start)));
    if (list && sameParagraph) list.push(q);
    else {
      const parts = [q];
      groups.set(key, parts);
      out.push({ parts, speaker: q.speaker });
    }
  }
  return out;
}

/** Per-document error lines for `--verbose`: misses, false alarms, wrong speakers. */
export interface Report {
  misses: string[];
  falseAlarms: string[];
  wrongSpeakers: string[];
}

const clip = (text: string, parts: Span[], n = 100) =>
  parts.map((p) => text.slice(p.start, p.end)).join(' … ').replace(/\s+/g, ' ').slice(0, n);

export function scoreDocument(text: string, gold: GoldAttribution[], quotes: Quote[], report?: Report): Counts {
  const pred = groupByCue(text, quotes);
  const g = gold.map((x) => wordSet(text, x.content));
  const p = pred.map((q) => wordSet(text, q.parts));
  const pairs: Array<[number, number, number]> = [];
  g.forEach((gs, i) => p.forEach((ps, j) => {
    const o = overlap(gs, ps);
    if (o >= 0.5) pairs.push([o, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const c: Counts = { gold: gold.length, pred: pred.length, matched: 0, goldDirect: 0, matchedDirect: 0, withSource: 0, speakerOk: 0 };
  for (const x of gold) if (isQuoted(text, x.content)) c.goldDirect++;
  for (const [, i, j] of pairs) {
    if (gUsed.has(i) || pUsed.has(j)) continue;
    gUsed.add(i);
    pUsed.add(j);
    c.matched++;
    const gi = gold[i]!;
    if (isQuoted(text, gi.content)) c.matchedDirect++;
    if (gi.source.length > 0) {
      c.withSource++;
      const sp = pred[j]!.speaker;
      if (sp && gi.source.some((s) => s.start < sp.end && sp.start < s.end)) c.speakerOk++;
      else report?.wrongSpeakers.push(`SPK  [${clip(text, gi.source, 40)}] got [${sp ? text.slice(sp.start, sp.end) : '-'}] ${clip(text, gi.content, 80)}`);
    }
  }
  if (report) {
    gold.forEach((x, i) => {
      if (!gUsed.has(i)) report.misses.push(`MISS cue=[${clip(text, x.cue, 30)}] src=[${clip(text, x.source, 30)}] ${clip(text, x.content)}`);
    });
    pred.forEach((x, j) => {
      if (pUsed.has(j)) return;
      const cue = x.parts[0]!.cue;
      report.falseAlarms.push(`FA   ${x.parts[0]!.kind} cue=[${cue ? text.slice(cue.start, cue.end) : '-'}] spk=[${x.speaker ? text.slice(x.speaker.start, x.speaker.end) : '-'}] ${clip(text, x.parts)}`);
    });
  }
  return c;
}

async function entitiesFor(article: Article, seg: ReturnType<typeof segment>): Promise<Entity[]> {
  try {
    const { recognize } = await import('../nlp/ner/index.js');
    const { resolveEntities } = await import('../nlp/entities/index.js');
    return resolveEntities(article, seg, recognize(article.text, seg));
  } catch {
    return [];
  }
}

export async function run(argv: string[]): Promise<number> {
  const dir = argv.find((a) => !a.startsWith('--'));
  const useEntities = argv.includes('--entities');
  const verbose = argv.includes('--verbose');
  if (!dir || !existsSync(join(dir, 'text')) || !existsSync(join(dir, 'attributions'))) {
    process.stderr.write('usage: sitrep eval polnear DIR [--entities] [--verbose]  (DIR holds text/ and attributions/)\n');
    return 2;
  }
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const chosen = new Map<string, string>();
  for (const f of anns) {
    const name = f.replace(/_[0-9a-f]{4}\.ann$/, '').replace(/\.ann$/, '');
    if (!chosen.has(name) && existsSync(join(dir, 'text', name + '.txt'))) chosen.set(name, f);
  }
  const total: Counts = { gold: 0, pred: 0, matched: 0, goldDirect: 0, matchedDirect: 0, withSource: 0, speakerOk: 0 };
  for (const [name, f] of chosen) {
    const text = readFileSync(join(dir, 'text', name + '.txt'), 'utf8');
    const gold = parseAnn(readFileSync(join(dir, 'attributions', f), 'utf8'));
    const paragraphs = paragraphsOf(text);
    const article: Article = {
      title: null, published: null, url: null, byline: null, language: 'en', site: null,
      text, caption: null, credits: [], paragraphs, dateline: null,
    };
    const seg = segment(text, paragraphs);
    const entities = useEntities ? await entitiesFor(article, seg) : [];
    const report: Report | undefined = verbose ? { misses: [], falseAlarms: [], wrongSpeakers: [] } : undefined;
    const c = scoreDocument(text, gold, findQuotes({ article, seg, entities, scope: 'attribution' }), report);
    if (report) {
      const lines = [...report.misses, ...report.falseAlarms, ...report.wrongSpeakers];
      if (lines.length > 0) process.stdout.write(`${name}\n${lines.map((l) => '    ' + l).join('\n')}\n`);
    }
    for (const k of Object.keys(total) as Array<keyof Counts>) total[k] += c[k];
  }
  const p = total.pred ? total.matched / total.pred : 0;
  const r = total.gold ? total.matched / total.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const fmt = (x: number) => x.toFixed(3);
  process.stdout.write(
    [
      `PolNeAR ${dir}: ${chosen.size} documents, ${total.gold} gold attributions, ${total.pred} predicted (quotes grouped by cue)`,
      `content  P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f)}  (word overlap >= 0.5; ${total.matched} matched)`,
      `direct   recall ${fmt(total.goldDirect ? total.matchedDirect / total.goldDirect : 0)}  (${total.matchedDirect}/${total.goldDirect} gold contents in quotation marks)`,
      `speaker  accuracy ${fmt(total.withSource ? total.speakerOk / total.withSource : 0)}  (${total.speakerOk}/${total.withSource} matched quotes with a gold source)`,
    ].join('\n') + '\n',
  );
  return 0;
}
