/**
 * Refiners over the tagger's spans, one sentence at a time. The training data has few Arabic
 * names, so a particle-led surname ("al-Zarqawi", "el-Sissi") after a person's name is joined to it:
 * "Abu Musab" + "al-Zarqawi" → "Abu Musab al-Zarqawi". A unit's ordinal joins its name:
 * "201st" + "Motorized Division" → "201st Motorized Division".
 */
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

export function joinUnitOrdinals(sent: readonly NerToken[], spans: TokenSpan[]): TokenSpan[] {
  return spans.map((s, k) => {
    const before = s.start - 1;
    if (s.label !== 'ORG' || before < 0 || !ORDINAL.test(sent[before]!.text)) return s;
    if (k > 0 && spans[k - 1]!.end > before) return s;
    return { ...s, start: before };
  });
}
