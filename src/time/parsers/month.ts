/**
 * A month without a day: "April", "in April", "last November", "mid-April", "early December",
 * "the end of March". The span leaves out prepositions ("in", "since"): TimeML's extent, which
 * the TimeBank reference uses. "May" and "March" alone need a preposition or a relation word before
 * them (else "May" is the verb and "March" the noun); a capitalised word before a month makes it
 * part of a name ("Theresa May").
 */
import type { Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { lexicon } from '../lexicon.js';
import { relationOf, resolveMonth } from '../resolve.js';
import { capitalised, fragments, monthOf, pointMod } from './patterns.js';

const PREPOSITIONS = /(?:^|\s)(?:in|since|until|till|by|from|to|through|during|of|before|after|between|and|or|early|late|mid|last|next|this|each|every)\s*[-\s]$/i;

export const monthParser: Parser = {
  name: 'month',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(`${L}(?:(${f.pointMod})(?:\\s+|-)?)?(?:(last|next|this|past|coming)\\s+)?(${f.month})${R}`, 'giud');
  }),
  extract(m, ctx) {
    const word = m[3]!;
    const month = monthOf(word);
    if (!month || !capitalised(word)) return null;
    // Abbreviations alone are too ambiguous ("Jan" the name, "Mar" the verb).
    const k = word.toLowerCase().replace(/\.$/, '');
    if (k.length < 4 && k !== 'may') return null;
    const end = m.index + m[0].length - (word.endsWith('.') ? 1 : 0);
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    const next = /^\s+(\S+)/.exec(ctx.text.slice(end, end + 30))?.[1] ?? '';
    if (lexicon().notTimes.has(next.replace(/[^\p{L}]/gu, ''))) return null;
    const guarded = m[1] || m[2] || PREPOSITIONS.test(before);
    if ((k === 'may' || k === 'march') && !guarded) return null;
    // A capitalised word right before ("Theresa May", "Brian March") makes it a name.
    if (!guarded && /\p{Lu}[\p{L}.]*\s+$/u.test(before) && !/(?:^|[.!?]\s+)\S+\s+$/.test(before)) return null;
    const rel = relationOf(m[2]);
    const mod = pointMod(m[1]);
    return {
      start: m.index,
      end,
      type: 'DATE',
      value: resolveMonth(ctx.ref, month, rel, rel ? null : ctx.direction(m.index, end)),
      ...(mod ? { mod } : {}),
      rule: 'month',
    };
  },
};
