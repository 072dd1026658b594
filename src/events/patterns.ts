/**
 * Event trigger patterns from `data/events/verb-patterns.tsv`, indexed by surface form.
 * Verb lemmas are inflected here (sign → signs, signed, signing; irregulars from
 * `irregular-verbs.tsv`) so the data file stays one row per meaning.
 */
import { readTsv } from '../core/data-dir.js';
import { cameo } from './cameo.js';

export type Frame = 'svo' | 'sym' | 'visit' | 'noun' | 'modal' | 'judge' | 'say';

export interface Pattern {
  trigger: string;
  pos: 'verb' | 'noun';
  particle: string[];
  frame: Frame;
  object: RegExp | null;
  code: string;
  /** Words that must stand right before the trigger's last word ("hunger" in "hunger strike"). */
  prefix: string[];
  /** `trigger[+particle]`, for the event's `rule`. */
  id: string;
  /** The event may stand with no second actor (the `alone` column): "The rebels claimed responsibility". */
  alone: boolean;
}

/** Verbs that double their final consonant (ban → banned). */
const DOUBLING = new Set(['ban', 'stop', 'plan', 'kidnap', 'admit', 'commit', 'submit', 'permit', 'rob', 'drop', 'grab', 'shun', 'regret', 'expel', 'compel', 'propel', 'repel', 'patrol', 'control', 'annul', 'rebel', 'bar', 'jail', 'pin', 'trap', 'slam', 'spur', 'occur', 'refer', 'prefer', 'transfer', 'veto']);

export function inflect(lemma: string, irregular: Map<string, { past: string; participle: string }>): string[] {
  const forms = new Set<string>([lemma]);
  const consonantY = /[^aeiou]y$/.test(lemma);
  const stem = DOUBLING.has(lemma) && !/(?:o|l{2})$/.test(lemma) && lemma !== 'jail' ? lemma + lemma.at(-1) : lemma;
  forms.add(/(?:s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : consonantY ? lemma.slice(0, -1) + 'ies' : lemma + 's');
  const irr = irregular.get(lemma);
  if (irr) {
    forms.add(irr.past);
    forms.add(irr.participle);
  } else {
    forms.add(lemma.endsWith('e') ? lemma + 'd' : consonantY ? lemma.slice(0, -1) + 'ied' : stem + 'ed');
  }
  forms.add(lemma.endsWith('ee') ? lemma + 'ing' : lemma.endsWith('ie') ? lemma.slice(0, -2) + 'ying' : lemma.endsWith('e') ? lemma.slice(0, -1) + 'ing' : stem + 'ing');
  return [...forms];
}

let index: Map<string, Pattern[]> | null = null;

/** Lower-cased surface form → patterns it can trigger. */
export function patternIndex(): Map<string, Pattern[]> {
  if (index) return index;
  const irregular = new Map(readTsv('events', 'irregular-verbs.tsv').map((r) => [r['lemma']!, { past: r['past']!, participle: r['participle']! }]));
  index = new Map();
  for (const r of readTsv('events', 'verb-patterns.tsv')) {
    const code = r['code']!;
    cameo(code); // fail fast on a code the table lacks
    const particle = r['particle'] && r['particle'] !== '-' ? r['particle'].split(/\s+/) : [];
    // A trigger of several words is found at its last word, the others standing before it.
    const words = r['trigger']!.split(/\s+/);
    const p: Pattern = {
      trigger: words.at(-1)!,
      prefix: words.slice(0, -1),
      pos: r['pos'] as 'verb' | 'noun',
      particle,
      frame: r['frame'] as Frame,
      object: r['object'] && r['object'] !== '-' ? new RegExp(r['object'], 'i') : null,
      code,
      id: [r['trigger'], ...particle].join(' '),
      alone: r['alone'] === 'yes',
    };
    const forms = p.pos === 'verb' ? inflect(p.trigger, irregular) : [p.trigger, p.trigger.endsWith('s') ? p.trigger : p.trigger + 's'];
    for (const f of forms) {
      const list = index.get(f) ?? [];
      list.push(p);
      index.set(f, list);
    }
  }
  return index;
}
