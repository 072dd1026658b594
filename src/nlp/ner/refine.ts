/**
 * Refiners over the tagger's spans, one sentence at a time. The training data has few Arabic
 * names, so a particle-led surname ("al-Zarqawi", "el-Sissi") after a person's name is joined to it:
 * "Abu Musab" + "al-Zarqawi" → "Abu Musab al-Zarqawi". A military unit's ordinal and name
 * ("201st Motorized Division", ending in a word of `data/ner/unit-words.tsv`) is one organisation.
 */
import { readTsv } from '../../core/data-dir.js';
import type { TokenSpan } from './tags.js';
import type { NerToken } from './tokens.js';

const PARTICLE_SURNAME = /^(?:al|el|Al|El|ad|ash|as|at|az|bin|ibn|bint)-\p{Lu}/u;

export function joinNameParticles(sent: readonly NerToken[], spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = { ...spans[k]! };
    while (s.label === 'PER' && s.end < sent.length && PARTICLE_SURNAME.test(sent[s.end]!.text)) {
      const next = spans[k + 1];
      if (next && next.start === s.end) {
        if (next.end - next.start !== 1) break;
        k++; // the particle surname was tagged apart (often MISC): it joins the person
      }
      s.end++;
    }
    out.push(s);
  }
  return out;
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

let unitWords: Set<string> | null = null;
function getUnitWords(): Set<string> {
  if (!unitWords) unitWords = new Set(readTsv('ner', 'unit-words.tsv').map((r) => r['word']!));
  return unitWords;
}

/** "201st Motorized Division": an ordinal, up to three capitalised words, the last a unit word → ORG. */
export function joinUnitOrdinals(sent: readonly NerToken[], spans: TokenSpan[]): TokenSpan[] {
  const units = getUnitWords();
  const found: TokenSpan[] = [];
  for (let i = 0; i < sent.length; i++) {
    if (!ORDINAL.test(sent[i]!.text)) continue;
    let j = i + 1;
    while (j < sent.length && j <= i + 3 && /^\p{Lu}/u.test(sent[j]!.text)) {
      if (units.has(sent[j]!.text)) found.push({ start: i, end: j + 1, label: 'ORG' });
      j++;
    }
  }
  if (found.length === 0) return spans;
  // The longest unit name from each ordinal wins over the tagger's spans it overlaps.
  const units1 = found.filter((u) => !found.some((v) => v.start === u.start && v.end > u.end));
  const kept = spans.filter((s) => !units1.some((u) => s.start < u.end && u.start < s.end));
  return [...kept, ...units1].sort((a, b) => a.start - b.start);
}
