/**
 * Run-time feature ids: the same features as `features.ts` and `stack.ts` build as strings, but
 * looked up once per process. Words, lower-cased words and shapes get integer ids; each feature
 * template caches, per value id (or pair of ids), the id of the feature string it would build
 * (`fid`), or -1 when none of the models in use has that feature (most new word pairs). A feature
 * id's row in each model is looked up once, when the id is made. A token's features are then a
 * few array and integer-keyed lookups instead of fresh strings hashed into the models' `Map`s.
 *
 * The string builders stay the definition (training uses them); `test/ner/feature-ids.test.ts`
 * checks that the rows built here are the rows `featureRows(documentFeatures(…))` gives, in the
 * same order, so the scores (and the tags) are the same to the bit.
 *
 * Caches are bounded: past `SOFT_KEYS` cached keys or `SOFT_VOCAB` words, everything is dropped
 * at the start of the next document (`beginDocument`); so it is when another model comes into use.
 */
import type { NerToken } from './tokens.js';
import { type Gazetteer, matchGazetteer } from './gazetteer.js';
import { isAllCaps, isCapitalised, shortShape, titleCase } from './shape.js';
import { N_TAGS, TAGS, spansFromBilou } from './tags.js';
import { historyMajority, wordFeatures } from './features.js';

const SOFT_VOCAB = 1 << 17;
const SOFT_KEYS = 1 << 21;
/** Models (feature dictionaries) one set of caches serves at most. */
const MAX_MODELS = 8;

const BOS = '<s>';
const EOS = '</s>';
const RE_UPPER = /\p{Lu}/u;
const RE_LOWER = /\p{Ll}/u;
const RE_LETTER = /\p{L}/u;

/** What the features need to know about a token's text, computed once per distinct text. */
export interface WordInfo {
  text: string;
  id: number;
  lower: string;
  lowerId: number;
  ss: string;
  ssId: number;
  /** `titleCase(text).toLowerCase()`'s id in the lower-case vocabulary. */
  titleLowerId: number;
  hasUpper: boolean;
  hasLower: boolean;
  hasLetter: boolean;
  /** `text === text.toLowerCase()`. */
  isLowerForm: boolean;
  capitalised: boolean;
  allCaps: boolean;
}

class Vocab {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(s, id);
      this.names.push(s);
    }
    return id;
  }
}

/** A table from a small integer key to a feature id (-1: in no model), filled lazily (`-2`: not built yet). */
class Table {
  a: Int32Array;
  constructor(
    readonly name: (k: number) => string,
    size = 64,
  ) {
    this.a = new Int32Array(size).fill(-2);
  }
  get(k: number): number {
    if (k >= this.a.length) {
      let n = this.a.length * 2;
      while (n <= k) n *= 2;
      const b = new Int32Array(n).fill(-2);
      b.set(this.a);
      this.a = b;
    }
    let f = this.a[k]!;
    if (f === -2) {
      this.a[k] = f = state.fid(this.name(k));
      state.keys++;
    }
    return f;
  }
}

/**
 * A map from a pair of ids (non-negative int32) to a feature id (-1: in no model), or any other
 * number `make` gives, filled lazily: open addressing over typed arrays, so lookups allocate nothing.
 */
class PairMap {
  private keysA = new Int32Array(1024).fill(-1);
  private keysB = new Int32Array(1024);
  private vals = new Int32Array(1024);
  private size = 0;
  constructor(readonly make: (a: number, b: number) => number) {}
  get(a: number, b: number): number {
    const mask = this.keysA.length - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const ka = this.keysA[h]!;
      if (ka === -1) break;
      if (ka === a && this.keysB[h] === b) return this.vals[h]!;
      h = (h + 1) & mask;
    }
    const f = this.make(a, b);
    state.keys++;
    if ((this.size + 1) * 2 > this.keysA.length) {
      this.grow();
      this.insert(a, b, f);
    } else {
      this.keysA[h] = a;
      this.keysB[h] = b;
      this.vals[h] = f;
    }
    this.size++;
    return f;
  }
  private insert(a: number, b: number, f: number): void {
    const mask = this.keysA.length - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 15)) & mask;
    while (this.keysA[h] !== -1) h = (h + 1) & mask;
    this.keysA[h] = a;
    this.keysB[h] = b;
    this.vals[h] = f;
  }
  private grow(): void {
    const { keysA, keysB, vals } = this;
    this.keysA = new Int32Array(keysA.length * 2).fill(-1);
    this.keysB = new Int32Array(keysA.length * 2);
    this.vals = new Int32Array(keysA.length * 2);
    for (let k = 0; k < keysA.length; k++) if (keysA[k] !== -1) this.insert(keysA[k]!, keysB[k]!, vals[k]!);
  }
}

/** A map from a string to a feature id (`prefix + s`), for the few string-valued features (gazetteer classes). */
class StringMap {
  readonly m = new Map<string, number>();
  constructor(readonly prefix: string) {}
  get(s: string): number {
    let f = this.m.get(s);
    if (f === undefined) {
      this.m.set(s, (f = state.fid(this.prefix + s)));
      state.keys++;
    }
    return f;
  }
}

const TYPE_NAMES = ['PER', 'ORG', 'LOC', 'MISC', 'O'];
const HISTORY_LABELS = ['PER', 'ORG', 'LOC', 'MISC', 'O'];
/** Tag index + 1 → name, with 0 for the sentence boundary. */
const PREV_NAMES = [BOS, ...TAGS];
const NEXT_NAMES = [EOS, ...TAGS];

class State {
  readonly generation: number;
  /** The models' feature dictionaries, and per model its row of each feature id. */
  readonly models: readonly Map<string, number>[];
  readonly rows: Int32Array[];
  private readonly found: Int32Array;
  features = 0;
  /** Word id → per model, the rows of the word's own features. */
  readonly wordRows: Array<Int32Array[] | undefined> = [];
  /** Keys cached by the templates (for the soft bound). */
  keys = 0;
  readonly words = new Map<string, WordInfo>();
  readonly lowers = new Vocab();
  readonly shapes = new Vocab();
  readonly texts = new Vocab();
  readonly bosLower: number;
  readonly eosLower: number;
  readonly bosShape: number;
  readonly eosShape: number;
  readonly bosWord: number;
  readonly eosWord: number;
  // Static templates (features.ts, `sentenceFeatures`).
  readonly lm1: Table;
  readonly lp1: Table;
  readonly lm2: Table;
  readonly lp2: Table;
  readonly lm1l: PairMap;
  readonly llp1: PairMap;
  readonly ssm1ss: PairMap;
  readonly ssssp1: PairMap;
  readonly ssm1ssssp1: PairMap;
  readonly shapePair: PairMap;
  readonly pairFirst: number[] = [];
  readonly pairSecond: number[] = [];
  readonly wm1ss: PairMap;
  readonly sswp1: PairMap;
  readonly firstSs: Table;
  readonly capsSent: number;
  readonly capsSentL: Table;
  readonly g = new StringMap('g=');
  readonly gm1 = new StringMap('g-1=');
  readonly gp1 = new StringMap('g+1=');
  readonly gSs: PairMap;
  readonly gIds = new Vocab();
  readonly docLower: number;
  readonly docCap: number;
  readonly docCapsHasTitle: number;
  readonly docOnlyLower: number;
  readonly ctxBefore: Table;
  readonly ctxAfter: Table;
  readonly bag: Table;
  // Dynamic templates (`dynamicFeatures`).
  readonly t1: Table;
  readonly t21: Table;
  readonly t1l: PairMap;
  readonly t1ss: PairMap;
  readonly h: Table;
  readonly hss: PairMap;
  readonly hAll: Table;
  // Second-pass templates (stack.ts).
  readonly s1: Table;
  readonly s1m1: Table;
  readonly s1p1: Table;
  readonly sd: Table;
  readonly sdAll: Table;
  readonly sdMixed: number;
  readonly sdS1: Table;
  readonly se: Table;
  readonly sf: Table;

  constructor(generation: number, models: readonly Map<string, number>[]) {
    this.generation = generation;
    this.models = models;
    this.rows = models.map(() => new Int32Array(4096));
    this.found = new Int32Array(models.length);
    const L = this.lowers.names;
    const S = this.shapes.names;
    const W = this.texts.names;
    const lo = (k: number) => L[k]!;
    this.bosLower = this.lowers.id(BOS);
    this.eosLower = this.lowers.id(EOS);
    this.bosShape = this.shapes.id(BOS);
    this.eosShape = this.shapes.id(EOS);
    this.bosWord = this.texts.id(BOS);
    this.eosWord = this.texts.id(EOS);
    this.lm1 = new Table((k) => 'l-1=' + lo(k), 1024);
    this.lp1 = new Table((k) => 'l+1=' + lo(k), 1024);
    this.lm2 = new Table((k) => 'l-2=' + lo(k), 1024);
    this.lp2 = new Table((k) => 'l+2=' + lo(k), 1024);
    this.lm1l = this.pair('l-1|l=', L, L);
    this.llp1 = this.pair('l|l+1=', L, L);
    this.ssm1ss = this.pair('ss-1|ss=', S, S);
    this.ssssp1 = this.pair('ss|ss+1=', S, S);
    // Key: the id of the first two shapes as a pair (`shapePair`), then the third shape.
    this.shapePair = new PairMap((a, b) => {
      this.pairFirst.push(a);
      this.pairSecond.push(b);
      return this.pairFirst.length - 1;
    });
    this.ssm1ssssp1 = new PairMap((p, c) => this.fid('ss-1|ss|ss+1=' + S[this.pairFirst[p]!] + '|' + S[this.pairSecond[p]!] + '|' + S[c]));
    this.wm1ss = this.pair('w-1|ss=', W, S);
    this.sswp1 = this.pair('ss|w+1=', S, W);
    this.firstSs = new Table((k) => 'first|ss=' + S[k]);
    this.capsSent = this.fid('caps-sent');
    this.capsSentL = new Table((k) => 'caps-sent|l=' + lo(k));
    this.gSs = this.pair('g|ss=', this.gIds.names, S);
    this.docLower = this.fid('doc-lower');
    this.docCap = this.fid('doc-cap');
    this.docCapsHasTitle = this.fid('doc-caps-has-title');
    this.docOnlyLower = this.fid('doc-only-lower');
    this.ctxBefore = new Table((k) => 'ctx=<' + lo(k), 1024);
    this.ctxAfter = new Table((k) => 'ctx=>' + lo(k), 1024);
    this.bag = new Table((k) => 'bag=' + lo(k), 1024);
    const P = N_TAGS + 1;
    this.t1 = new Table((k) => 't-1=' + PREV_NAMES[k]);
    this.t21 = new Table((k) => 't-2|t-1=' + PREV_NAMES[Math.floor(k / P)] + '|' + PREV_NAMES[k % P], P * P);
    this.t1l = this.pair('t-1|l=', PREV_NAMES, L);
    this.t1ss = this.pair('t-1|ss=', PREV_NAMES, S);
    this.h = new Table((k) => 'h=' + HISTORY_LABELS[k]);
    this.hss = this.pair('h|ss=', HISTORY_LABELS, S);
    this.hAll = new Table((k) => 'h-all=' + HISTORY_LABELS[k]);
    this.s1 = new Table((k) => 's1=' + TAGS[k]);
    this.s1m1 = new Table((k) => 's1-1|s1=' + PREV_NAMES[Math.floor(k / N_TAGS)] + '|' + TAGS[k % N_TAGS], P * N_TAGS);
    this.s1p1 = new Table((k) => 's1|s1+1=' + TAGS[Math.floor(k / P)] + '|' + NEXT_NAMES[k % P], P * N_TAGS);
    this.sd = new Table((k) => 'sd=' + TYPE_NAMES[k]);
    this.sdAll = new Table((k) => 'sd-all=' + TYPE_NAMES[k]);
    this.sdMixed = this.fid('sd-mixed');
    this.sdS1 = new Table((k) => 'sd|s1=' + TYPE_NAMES[Math.floor(k / N_TAGS)] + '|' + TAGS[k % N_TAGS], 5 * N_TAGS);
    this.se = new Table((k) => 'se=' + TYPE_NAMES[k]);
    this.sf = new Table((k) => 'sf=' + TYPE_NAMES[k]);
  }

  /**
   * The template `prefix + A[a] + '|' + B[b]`. Before building a string it asks each model whether
   * it has the template with that first and that second part at all (`pairParts`): most new word
   * pairs are in no model and never become strings.
   */
  private pair(prefix: string, A: readonly string[], B: readonly string[]): PairMap {
    const parts = this.models.map((m) => pairParts(m).get(prefix));
    return new PairMap((a, b) => {
      const pa = A[a]!;
      const pb = B[b]!;
      let possible = false;
      for (const p of parts) if (p && p[0].has(pa) && p[1].has(pb)) { possible = true; break; }
      return possible ? this.fid(prefix + pa + '|' + pb) : -1;
    });
  }

  /**
   * A new feature id for a feature string, with its row in each model; -1 when no model has it.
   * Each template key gets its own id: two keys spelling the same string (words containing "|")
   * get two ids with the same rows.
   */
  fid(s: string): number {
    const { models, found } = this;
    let any = false;
    for (let m = 0; m < models.length; m++) {
      const r = models[m]!.get(s);
      found[m] = r ?? -1;
      if (r !== undefined) any = true;
    }
    if (!any) return -1;
    const f = this.features++;
    for (let m = 0; m < models.length; m++) {
      let rows = this.rows[m]!;
      if (f >= rows.length) {
        const b = new Int32Array(rows.length * 2);
        b.set(rows);
        this.rows[m] = rows = b;
      }
      rows[f] = found[m]!;
    }
    return f;
  }

  word(text: string): WordInfo {
    let w = this.words.get(text);
    if (!w) {
      const lower = text.toLowerCase();
      const ss = shortShape(text);
      w = {
        text,
        id: this.texts.id(text),
        lower,
        lowerId: this.lowers.id(lower),
        ss,
        ssId: this.shapes.id(ss),
        titleLowerId: this.lowers.id(titleCase(text).toLowerCase()),
        hasUpper: RE_UPPER.test(text),
        hasLower: RE_LOWER.test(text),
        hasLetter: RE_LETTER.test(text),
        isLowerForm: text === lower,
        capitalised: isCapitalised(text),
        allCaps: isAllCaps(text),
      };
      this.words.set(text, w);
    }
    return w;
  }
}

/** Templates of two parts joined by "|" (`prefix + a + '|' + b`). */
const PAIR_TEMPLATES = new Set(['l-1|l=', 'l|l+1=', 'ss-1|ss=', 'ss|ss+1=', 'w-1|ss=', 'ss|w+1=', 'g|ss=', 't-1|l=', 't-1|ss=', 'h|ss=']);
const pairPartCache = new WeakMap<Map<string, number>, Map<string, [Set<string>, Set<string>]>>();

/**
 * Per pair template, the first parts and the second parts of a model's features (every split at a
 * "|", so a part that itself holds a "|" is there too): a pair whose parts are not both there is
 * not in the model.
 */
function pairParts(index: Map<string, number>): Map<string, [Set<string>, Set<string>]> {
  let parts = pairPartCache.get(index);
  if (!parts) {
    parts = new Map();
    for (const name of index.keys()) {
      const eq = name.indexOf('=');
      if (eq < 0) continue;
      const prefix = name.slice(0, eq + 1);
      if (!PAIR_TEMPLATES.has(prefix)) continue;
      let sets = parts.get(prefix);
      if (!sets) parts.set(prefix, (sets = [new Set(), new Set()]));
      const value = name.slice(eq + 1);
      for (let j = value.indexOf('|'); j >= 0; j = value.indexOf('|', j + 1)) {
        sets[0].add(value.slice(0, j));
        sets[1].add(value.slice(j + 1));
      }
    }
    pairPartCache.set(index, parts);
  }
  return parts;
}

let generation = 0;
let state = new State(generation, []);

/**
 * Makes sure the caches serve these models (feature dictionaries); when one is new, the caches are
 * dropped and rebuilt for the models already served plus the new ones. Not to be called in the
 * middle of a document: `tagTwoPass` names both its models first.
 */
export function useModels(indexes: readonly Map<string, number>[]): void {
  const missing = indexes.filter((x) => !state.models.includes(x));
  if (missing.length === 0) return;
  let models = [...state.models, ...missing];
  if (models.length > MAX_MODELS) models = [...indexes];
  state = new State(++generation, models);
}

/** Drops every cache (tests and benchmarks: a cold start without reloading the models). */
export function resetCaches(): void {
  state = new State(++generation, state.models);
}

/** The slot of a model in the caches (it must be in use: `useModels`). */
function slotOf(index: Map<string, number>): number {
  const slot = state.models.indexOf(index);
  if (slot < 0) throw new Error('sitrep: NER model used before useModels()');
  return slot;
}


/**
 * Called by `tagTwoPass` at the start of a document: drops the caches once they are past their
 * soft bounds, so memory stays flat over a stream of documents. (Ids held by a document being
 * tagged stay valid: nothing else drops them.)
 */
export function beginDocument(): void {
  const s = state;
  const vocab = Math.max(s.texts.names.length, s.lowers.names.length, s.shapes.names.length);
  if (vocab > SOFT_VOCAB || s.keys > SOFT_KEYS) state = new State(++generation, s.models);
}

/** The interned info of every token of a document. */
export function documentWords(doc: readonly (readonly NerToken[])[]): WordInfo[][] {
  const s = state;
  return doc.map((sent) => sent.map((t) => s.word(t.text)));
}

function isCapsSentence(words: readonly WordInfo[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (w.hasLower) return false;
    if (w.hasUpper) letters++;
  }
  return letters >= 2;
}

const CONTEXT_MENTIONS = 6;
const CONTEXT_WINDOW = 2;

/**
 * The feature ids of `sentenceFeatures(sent, gaz, documentInfo(doc), si, false)` for every token
 * of the document (in the same order, repeats kept).
 */
export function contextFeatureIds(doc: readonly (readonly NerToken[])[], words: readonly WordInfo[][], gaz: Gazetteer): number[][][] {
  const s = state;
  // documentInfo: contexts per capitalised word (as feature ids), lower-case and capitalised sightings.
  const contexts = new Map<number, Array<[number, number, number[]]>>();
  const lowerSeen = new Set<number>();
  const capSeen = new Set<number>();
  const capsSents: boolean[] = [];
  for (let si = 0; si < words.length; si++) {
    const ws = words[si]!;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (!w.hasUpper) continue;
      let list = contexts.get(w.lowerId);
      if (!list) contexts.set(w.lowerId, (list = []));
      if (list.length >= CONTEXT_MENTIONS) continue;
      const around: number[] = [];
      for (let k = Math.max(0, i - CONTEXT_WINDOW); k <= Math.min(ws.length - 1, i + CONTEXT_WINDOW); k++) {
        if (k !== i && ws[k]!.hasLower) around.push(k < i ? s.ctxBefore.get(ws[k]!.lowerId) : s.ctxAfter.get(ws[k]!.lowerId));
      }
      list.push([si, i, around]);
    }
  }
  for (let si = 0; si < words.length; si++) {
    const ws = words[si]!;
    const caps = isCapsSentence(ws);
    capsSents.push(caps);
    if (caps) continue;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (!w.hasLetter) continue;
      if (w.isLowerForm) lowerSeen.add(w.lowerId);
      else if (i > 0 && w.capitalised && !w.allCaps) capSeen.add(w.lowerId);
    }
  }

  const out: number[][][] = [];
  const f: number[] = [];
  for (let si = 0; si < words.length; si++) {
    const ws = words[si]!;
    const n = ws.length;
    const gazMatches = matchGazetteer(gaz, doc[si]!.map((t) => t.text));
    const capsSent = capsSents[si]!;
    const lw = (i: number) => (i < 0 ? s.bosLower : i >= n ? s.eosLower : ws[i]!.lowerId);
    const ss = (i: number) => (i < 0 ? s.bosShape : i >= n ? s.eosShape : ws[i]!.ssId);
    const rows: number[][] = [];
    for (let i = 0; i < n; i++) {
      f.length = 0;
      const w = ws[i]!;
      const l = w.lowerId;
      const sh = w.ssId;
      f.push(s.lm1.get(lw(i - 1)), s.lp1.get(lw(i + 1)), s.lm2.get(lw(i - 2)), s.lp2.get(lw(i + 2)));
      f.push(s.lm1l.get(lw(i - 1), l), s.llp1.get(l, lw(i + 1)));
      f.push(s.ssm1ss.get(ss(i - 1), sh), s.ssssp1.get(sh, ss(i + 1)), s.ssm1ssssp1.get(s.shapePair.get(ss(i - 1), sh), ss(i + 1)));
      f.push(s.wm1ss.get((i > 0 ? ws[i - 1]!.id : s.bosWord), sh), s.sswp1.get(sh, (i + 1 < n ? ws[i + 1]!.id : s.eosWord)));
      if (i === 0) f.push(s.firstSs.get(sh));
      if (capsSent) f.push(s.capsSent, s.capsSentL.get(l));
      for (const g of gazMatches[i]!) f.push(s.g.get(g), s.gSs.get(s.gIds.id(g), sh));
      if (i > 0) for (const g of gazMatches[i - 1]!) f.push(s.gm1.get(g));
      if (i + 1 < n) for (const g of gazMatches[i + 1]!) f.push(s.gp1.get(g));
      if (w.hasUpper) {
        if (lowerSeen.has(l)) f.push(s.docLower);
        if (capSeen.has(l)) f.push(s.docCap);
        if (w.allCaps && capSeen.has(w.titleLowerId)) f.push(s.docCapsHasTitle);
        if ((i === 0 || capsSent) && !capSeen.has(l) && lowerSeen.has(l)) f.push(s.docOnlyLower);
        const mentions = contexts.get(l);
        if (mentions) {
          const from = f.length;
          for (const [osi, oi, around] of mentions) {
            if (osi === si && oi === i) continue;
            for (const a of around) {
              let dup = false;
              for (let k = from; k < f.length; k++) if (f[k] === a) { dup = true; break; }
              if (!dup) f.push(a);
            }
          }
        }
      }
      for (let k = Math.max(0, i - 3); k <= Math.min(n - 1, i + 3); k++) if (k !== i && ws[k]!.hasLower) f.push(s.bag.get(ws[k]!.lowerId));
      rows.push(f.slice());
    }
    out.push(rows);
  }
  return out;
}

function majority(counts: ArrayLike<number>, own: number): number {
  // The most frequent type among `counts` less one at `own` (-1: none), ties to the first.
  let best = -1;
  for (let k = 0; k < 5; k++) {
    const c = counts[k]! - (k === own ? 1 : 0);
    if (c > 0 && (best < 0 || c > counts[best]! - (best === own ? 1 : 0))) best = k;
  }
  return best;
}

function typeIndexOfTag(t: number): number {
  return t === 0 ? 4 : Math.floor((t - 1) / 4);
}

/** The feature ids of `stackFeatures(doc, firstPass)` (in the same order). */
export function stackFeatureIds(doc: readonly (readonly NerToken[])[], words: readonly WordInfo[][], firstPass: readonly number[][]): number[][][] {
  const s = state;
  const wordTypes = new Map<number, Int32Array>();
  const entityTypes = new Map<number, Int32Array>();
  const firstType = new Map<number, number>();
  for (let si = 0; si < words.length; si++) {
    const ws = words[si]!;
    const tags = firstPass[si]!;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (!w.hasUpper) continue;
      let c = wordTypes.get(w.lowerId);
      if (!c) wordTypes.set(w.lowerId, (c = new Int32Array(5)));
      const type = typeIndexOfTag(tags[i]!);
      c[type]!++;
      if (!firstType.has(w.lowerId)) firstType.set(w.lowerId, type);
    }
    for (const span of spansFromBilou(tags.map((t) => TAGS[t]!))) {
      if (span.end - span.start < 2) continue;
      const type = TYPE_NAMES.indexOf(span.label);
      for (let i = span.start; i < span.end; i++) {
        const key = ws[i]!.lowerId;
        let c = entityTypes.get(key);
        if (!c) entityTypes.set(key, (c = new Int32Array(5)));
        c[type]!++;
      }
    }
  }
  const P = N_TAGS + 1;
  const out: number[][][] = [];
  const f: number[] = [];
  for (let si = 0; si < words.length; si++) {
    const ws = words[si]!;
    const tags = firstPass[si]!;
    const n = ws.length;
    const rows: number[][] = [];
    for (let i = 0; i < n; i++) {
      f.length = 0;
      const t = tags[i]!;
      f.push(s.s1.get(t), s.s1m1.get((i > 0 ? tags[i - 1]! + 1 : 0) * N_TAGS + t), s.s1p1.get(t * P + (i + 1 < n ? tags[i + 1]! + 1 : 0)));
      const w = ws[i]!;
      if (w.hasUpper) {
        const own = typeIndexOfTag(t);
        const counts = wordTypes.get(w.lowerId)!;
        const m = majority(counts, own);
        if (m >= 0) {
          let total = 0;
          for (let k = 0; k < 5; k++) total += counts[k]! - (k === own ? 1 : 0);
          const all = counts[m]! - (m === own ? 1 : 0) === total;
          f.push(s.sd.get(m), all ? s.sdAll.get(m) : s.sdMixed, s.sdS1.get(m * N_TAGS + t));
        }
        const e = entityTypes.get(w.lowerId);
        const em = e ? majority(e, -1) : -1;
        if (em >= 0) f.push(s.se.get(em));
        f.push(s.sf.get(firstType.get(w.lowerId)!));
      }
      rows.push(f.slice());
    }
    out.push(rows);
  }
  return out;
}

/** Per model (its feature dictionary): its slot in the caches. */
interface ModelCache {
  generation: number;
  slot: number;
}
const modelCaches = new WeakMap<Map<string, number>, ModelCache>();

function modelCache(index: Map<string, number>): ModelCache {
  let c = modelCaches.get(index);
  if (!c || c.generation !== state.generation) {
    c = { generation: state.generation, slot: slotOf(index) };
    modelCaches.set(index, c);
  }
  return c;
}

/** The rows of a word's own features (`wordFeatures`) in the model of `slot`; built for all models at once. */
function wordRowsOf(slot: number, w: WordInfo): Int32Array {
  const s = state;
  let rows = s.wordRows[w.id];
  if (!rows) {
    const feats = wordFeatures(w.text);
    rows = s.models.map((index) => {
      const list: number[] = [];
      for (const f of feats) {
        const r = index.get(f);
        if (r !== undefined) list.push(r);
      }
      return new Int32Array(list);
    });
    s.wordRows[w.id] = rows;
  }
  return rows[slot]!;
}

/**
 * A model's rows for every token: its word features' rows, then those of `context` and `extra`
 * feature ids (features it lacks dropped), the order of `featureRows(index, documentFeatures(…), extra)`.
 */
export function modelRows(index: Map<string, number>, words: readonly WordInfo[][], context: readonly number[][][], extra?: readonly number[][][]): number[][][] {
  const c = modelCache(index);
  const byFeature = state.rows[c.slot]!;
  const out: number[][][] = [];
  for (let si = 0; si < words.length; si++) {
    const ws = words[si]!;
    const ctx = context[si]!;
    const ex = extra ? extra[si]! : null;
    const rows: number[][] = [];
    for (let i = 0; i < ws.length; i++) {
      const wr = wordRowsOf(c.slot, ws[i]!);
      const buf: number[] = [];
      for (let k = 0; k < wr.length; k++) buf.push(wr[k]!);
      const fs = ctx[i]!;
      for (let k = 0; k < fs.length; k++) {
        const f = fs[k]!;
        if (f < 0) continue;
        const r = byFeature[f]!;
        if (r >= 0) buf.push(r);
      }
      if (ex) {
        const es = ex[i]!;
        for (let k = 0; k < es.length; k++) {
          const f = es[k]!;
          if (f < 0) continue;
          const r = byFeature[f]!;
          if (r >= 0) buf.push(r);
        }
      }
      rows.push(buf);
    }
    out.push(rows);
  }
  return out;
}

/** The rows of `dynamicFeatures` for a model, from ids (see `fill`). */
export class DynamicRows {
  private readonly slot: number;
  constructor(index: Map<string, number>) {
    this.slot = modelCache(index).slot;
  }
  private add(out: Int32Array, n: number, f: number): number {
    if (f < 0) return n;
    const r = state.rows[this.slot]![f]!;
    if (r >= 0) out[n++] = r;
    return n;
  }
  /**
   * The rows of `dynamicFeatures(w.lower, w.ss, prev1, prev2, hist)` (tags as indices, -1 at the
   * sentence start), written to `out`; returns how many.
   */
  fill(out: Int32Array, w: WordInfo, p1: number, p2: number, hist: ArrayLike<number> | undefined): number {
    const s = state;
    let n = this.add(out, 0, s.t1.get(p1 + 1));
    n = this.add(out, n, s.t21.get((p2 + 1) * (N_TAGS + 1) + p1 + 1));
    n = this.add(out, n, s.t1l.get(p1 + 1, w.lowerId));
    n = this.add(out, n, s.t1ss.get(p1 + 1, w.ssId));
    if (hist) {
      const { best, unanimous } = historyMajority(hist);
      if (best >= 0) {
        n = this.add(out, n, s.h.get(best));
        n = this.add(out, n, s.hss.get(best, w.ssId));
        if (unanimous) n = this.add(out, n, s.hAll.get(best));
      }
    }
    return n;
  }
}

/** Cache sizes, for tests and benchmarks. */
export function cacheSizes(): { generation: number; models: number; features: number; keys: number; words: number } {
  return { generation, models: state.models.length, features: state.features, keys: state.keys, words: state.texts.names.length };
}
