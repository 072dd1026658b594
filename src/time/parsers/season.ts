/**
 * Seasons: "last fall" (`1998-FA`), "this summer", "spring 2012", "the winter of 1990", "early
 * spring". A bare lower-case season needs a preposition or determiner before it ("in the
 * spring"), else "spring" may be a noun or a verb.
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { lexicon } from '../lexicon.js';
import { pad } from '../reference.js';
import { relationOf, yearForMonth } from '../resolve.js';
import { fragments, pointMod } from './patterns.js';

export const seasonParser: Parser = {
  name: 'season',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(
      `${L}(?:(${f.pointMod})\\s*)?(?:(?:this\\s+)?(last|this|next|past|coming|the)\\s+)?(${f.season})${R}(?:\\s+(?:of\\s+)?(\\d{4})${R})?`,
      'giud',
    );
  }),
  extract(m, ctx): Candidate | null {
    const name = m[3]!.toLowerCase();
    const code = lexicon().seasons.get(name);
    if (!code) return null;
    const relWord = m[2]?.toLowerCase();
    const before = ctx.text.slice(Math.max(0, m.index - 10), m.index);
    // "the summer", "early spring", "last fall", "spring 2012", "in spring"; not "spring" the noun or verb
    const guarded = !!m[4] || !!relWord || !!m[1] || /(?:in|during|since|until|by|through|this|last|next)\s+$/i.test(before);
    if (!guarded) return null;
    // "the spring offensive", "the summer camp": with only "the" before it, a season followed by
    // a noun names a thing
    const next = /^\s+(\p{Ll}+)/u.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1];
    const onlyThe = relWord === 'the' && !m[1] && !m[4] && !/(?:in|during|since|until|by|through)\s+$/i.test(before);
    if (onlyThe && next && !/^(?:of|and|or|when|before|after|as|in|on|at|to|with|was|is|will|had|has|that|but)$/.test(next)) return null;
    const start = m.index;
    const end = start + m[0].length;
    let year: number | null;
    if (m[4]) year = Number(m[4]);
    else {
      const month = lexicon().seasonMonths.get(code) ?? 1;
      const rel = relWord === 'the' ? null : relationOf(relWord);
      year = yearForMonth(ctx.ref, month, rel, rel ? null : ctx.direction(start, end));
    }
    const mod = pointMod(m[1]);
    return { start, end, type: 'DATE', value: `${year === null ? 'XXXX' : pad(year, 4)}-${code}`, ...(mod ? { mod } : {}), rule: 'season' };
  },
};

