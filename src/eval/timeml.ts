/**
 * `sitrep eval timeml DIR...`: scores the times stage on TimeML files (TempEval-3 style), e.g.
 * TBAQ-cleaned. Each `.tml` file under DIR (recursively) gives the publication date (`<DCT>`)
 * and, inside `<TEXT>`, the reference TIMEX3 spans. Tags are stripped keeping offsets, the text is
 * segmented (paragraphs from blank lines) and `findTimes` runs on it.
 *
 * Metrics (TempEval-3): strict span P/R/F1 (same offsets) and relaxed span P/R/F1 (overlap, one to
 * one); type and value accuracy on relaxed matches; value F1 = value accuracy × relaxed F1. Also
 * by reference type. A file name seen twice is scored once. Options: `--errors` lists misses, false alarms and wrong values;
 * `--json` prints the numbers as JSON.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Span, TimeExpression } from '../core/types.js';
import { segment } from '../nlp/segment.js';
import { findTimes } from '../time/index.js';

export interface GoldTimex extends Span {
  type: string;
  value: string;
  mod?: string;
}

export interface TimemlDoc {
  id: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Parses one TimeML document: plain text of `<TEXT>` with the TIMEX3 spans in it. */
export function parseTimeml(xml: string, id = ''): TimemlDoc {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1];
  const dctValue = dctTag ? attr(dctTag, 'value') ?? null : null;
  const dct = dctValue ? /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(dctValue)?.[0] ?? null : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: Array<{ start: number; tag: string }> = [];
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(#?\w+);|[^<&]+|[<&]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3') continue;
      if (!m[1]) open.push({ start: text.length, tag: m[3] ?? '' });
      else {
        const o = open.pop();
        if (!o) continue;
        const type = attr(o.tag, 'type') ?? 'DATE';
        const value = attr(o.tag, 'value') ?? '';
        const mod = attr(o.tag, 'mod');
        timexes.push({ start: o.start, end: text.length, type, value, ...(mod ? { mod } : {}) });
      }
    } else if (m[4]) {
      const e = m[4];
      text += e.startsWith('#') ? String.fromCodePoint(Number(e.startsWith('#x') ? '0' + e.slice(1) : e.slice(1))) : ENTITIES[e] ?? `&${e};`;
    } else text += m[0];
  }
  return { id, dct, text, timexes };
}

/** Paragraph spans: runs of text separated by blank lines. */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /\S[\s\S]*?(?=\n[ \t]*\n|\s*$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function listFiles(dir: string): string[] {
  const st = statSync(dir);
  if (st.isFile()) return [dir];
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? listFiles(p) : n.endsWith('.tml') ? [p] : [];
    });
}

interface Tally {
  gold: number;
  sys: number;
  strict: number;
  relaxedGold: number;
  relaxedSys: number;
  typeOk: number;
  valueOk: number;
}

const empty = (): Tally => ({ gold: 0, sys: 0, strict: 0, relaxedGold: 0, relaxedSys: 0, typeOk: 0, valueOk: 0 });

function prf(tp: number, sys: number, gold: number, tpSys = tp): { p: number; r: number; f: number } {
  const p = sys ? tpSys / sys : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface TimemlScores {
  files: number;
  overall: Record<string, number>;
  byType: Record<string, Record<string, number>>;
}

function summarise(t: Tally): Record<string, number> {
  const strict = prf(t.strict, t.sys, t.gold);
  const relaxed = prf(t.relaxedGold, t.sys, t.gold, t.relaxedSys);
  const typeAcc = t.relaxedGold ? t.typeOk / t.relaxedGold : 0;
  const valueAcc = t.relaxedGold ? t.valueOk / t.relaxedGold : 0;
  return {
    gold: t.gold,
    system: t.sys,
    strictP: strict.p,
    strictR: strict.r,
    strictF1: strict.f,
    relaxedP: relaxed.p,
    relaxedR: relaxed.r,
    relaxedF1: relaxed.f,
    typeAccuracy: typeAcc,
    valueAccuracy: valueAcc,
    valueF1: valueAcc * relaxed.f,
  };
}

/** Scores system times against gold for one document, adding into the tallies. */
export function scoreDoc(gold: GoldTimex[], sys: TimeExpression[], all: Tally, byType: Map<string, Tally>, errors?: string[], text = ''): void {
  const tally = (type: string) => {
    if (!byType.has(type)) byType.set(type, empty());
    return byType.get(type)!;
  };
  all.gold += gold.length;
  all.sys += sys.length;
  for (const g of gold) tally(g.type).gold++;
  for (const s of sys) tally(s.type).sys++;
  const used = new Set<number>();
  for (const g of gold) {
    const gt = tally(g.type);
    if (sys.some((s) => s.start === g.start && s.end === g.end)) {
      all.strict++;
      gt.strict++;
    }
    // best overlapping system time: exact span first, then largest overlap
    let best = -1;
    let bestOv = 0;
    sys.forEach((s, i) => {
      if (used.has(i)) return;
      const ov = Math.min(s.end, g.end) - Math.max(s.start, g.start);
      const score = ov + (s.start === g.start && s.end === g.end ? 1000 : 0);
      if (ov > 0 && score > bestOv) {
        best = i;
        bestOv = score;
      }
    });
    if (best < 0) {
      errors?.push(`MISS  ${g.type} ${g.value}${g.mod ? ' ' + g.mod : ''}  "${text.slice(g.start, g.end)}"  …${text.slice(Math.max(0, g.start - 40), g.start).replace(/\s+/g, ' ')}[…]`);
      continue;
    }
    used.add(best);
    const s = sys[best]!;
    all.relaxedGold++;
    gt.relaxedGold++;
    all.relaxedSys++;
    tally(s.type).relaxedSys++;
    if (s.type === g.type) {
      all.typeOk++;
      gt.typeOk++;
    }
    if (s.value === g.value) {
      all.valueOk++;
      gt.valueOk++;
    } else errors?.push(`VALUE ${g.type} gold ${g.value} sys ${s.value} (${s.rule})  "${text.slice(g.start, g.end)}" / "${s.text}"`);
  }
  sys.forEach((s, i) => {
    if (!used.has(i)) errors?.push(`FALSE ${s.type} ${s.value} (${s.rule})  "${s.text}"  …${text.slice(Math.max(0, s.start - 40), s.start).replace(/\s+/g, ' ')}[…]`);
  });
}

export function evaluateTimeml(paths: string[], errors?: string[]): TimemlScores {
  const all = empty();
  const byType = new Map<string, Tally>();
  let files = 0;
  for (const path of paths) {
    const doc = parseTimeml(readFileSync(path, 'utf8'), path);
    const seg = segment(doc.text, paragraphsOf(doc.text));
    const sys = findTimes(doc.text, seg, doc.dct);
    const errs: string[] | undefined = errors ? [] : undefined;
    scoreDoc(doc.timexes, sys, all, byType, errs, doc.text);
    if (errors && errs!.length) errors.push(`== ${path} (DCT ${doc.dct})`, ...errs!);
    files++;
  }
  const types: Record<string, Record<string, number>> = {};
  for (const [k, t] of [...byType.entries()].sort()) types[k] = summarise(t);
  return { files, overall: summarise(all), byType: types };
}

const f3 = (x: number | undefined) => (x ?? 0).toFixed(3);

export async function run(argv: string[]): Promise<number> {
  const dirs = argv.filter((a) => !a.startsWith('--'));
  if (dirs.length === 0) {
    process.stderr.write('usage: sitrep eval timeml DIR... [--errors] [--json]\n  DIR: folder of TimeML (.tml) files, e.g. ../shared/data/time/TBAQ-cleaned\n');
    return 2;
  }
  // A document present twice (TBAQ-cleaned ships a copy of one file in testpipeline/) is scored once.
  const seen = new Set<string>();
  const paths = dirs.flatMap(listFiles).filter((p) => {
    const name = basename(p);
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
  if (paths.length === 0) {
    process.stderr.write(`sitrep eval timeml: no .tml files under ${dirs.join(', ')}\n`);
    return 1;
  }
  const errors: string[] | undefined = argv.includes('--errors') ? [] : undefined;
  const scores = evaluateTimeml(paths, errors);
  if (errors) process.stdout.write(errors.join('\n') + '\n\n');
  if (argv.includes('--json')) {
    process.stdout.write(JSON.stringify(scores, null, 2) + '\n');
    return 0;
  }
  const o = scores.overall;
  const lines = [
    `TimeML: ${scores.files} files, ${o['gold']} reference TIMEX3, ${o['system']} found`,
    `strict  span  P ${f3(o['strictP'])}  R ${f3(o['strictR'])}  F1 ${f3(o['strictF1'])}`,
    `relaxed span  P ${f3(o['relaxedP'])}  R ${f3(o['relaxedR'])}  F1 ${f3(o['relaxedF1'])}`,
    `type accuracy ${f3(o['typeAccuracy'])}   value accuracy ${f3(o['valueAccuracy'])}   value F1 ${f3(o['valueF1'])}`,
    '',
    'by type     gold   sys  strictF1 relaxedP relaxedR relaxedF1 typeAcc valueAcc valueF1',
    ...Object.entries(scores.byType).map(
      ([k, t]) =>
        `${k.padEnd(10)} ${String(t['gold']).padStart(5)} ${String(t['system']).padStart(5)}  ${f3(t['strictF1'])}    ${f3(t['relaxedP'])}    ${f3(t['relaxedR'])}    ${f3(t['relaxedF1'])}    ${f3(t['typeAccuracy'])}   ${f3(t['valueAccuracy'])}   ${f3(t['valueF1'])}`,
    ),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
