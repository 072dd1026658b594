/**
 * Within-article coreference for people, added as mentions of the entity they resolve to:
 *   nominals  "the Tajik president", "the minister" → the latest person whose role has that
 *             title word (and whose country matches a demonym in the phrase);
 *   pronouns  he/him/his/she/her → the latest person mentioned before it, outside quotations.
 * Deliberately simple and local (recency + agreement on role/country); the quotes and events
 * stages read the resulting mentions, never this module.
 */
import type { Entity, Mention, Segmentation } from '../../core/types.js';
import { actorKnowledge, countryOfToken } from './knowledge.js';

const PRONOUN = /^(?:he|him|his|she|her)$/i;

/** Character ranges inside double quotation marks (straight or curly), paragraph-bounded. */
function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /["“]([^"“”\n]*)["”]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function resolveNominalsAndPronouns(text: string, seg: Segmentation, entities: Entity[]): void {
  const people = entities.filter((e) => e.type === 'PERSON');
  if (people.length === 0) return;
  const k = actorKnowledge();
  const quoted = quotedRanges(text);
  const inQuote = (pos: number) => quoted.some(([a, b]) => pos > a && pos < b);
  const taken = new Set<number>();
  for (const e of entities) for (const m of e.mentions) for (let i = m.start; i < m.end; i++) taken.add(i);

  /** The latest person with a mention starting before `pos` that satisfies `ok`. */
  const latest = (pos: number, ok: (e: Entity) => boolean): Entity | null => {
    let best: Entity | null = null;
    let bestAt = -1;
    for (const e of people) {
      if (!ok(e)) continue;
      for (const m of e.mentions) if (m.start < pos && m.start > bestAt && !inQuote(m.start)) { best = e; bestAt = m.start; }
    }
    return best;
  };
  const add = (e: Entity, m: Mention) => {
    e.mentions.push(m);
    e.mentions.sort((a, b) => a.start - b.start);
  };

  const { tokens } = seg;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken.has(t.start)) continue;
    // Nominal: "the [Tajik] president" not followed by a name.
    if (/^the$/i.test(t.text)) {
      let j = i + 1;
      let country: string | null = null;
      const c = tokens[j] ? countryOfToken(tokens[j]!.text) : null;
      if (c && c.kind === 'demonym') { country = c.iso3; j++; }
      const head = tokens[j];
      const after = tokens[j + 1];
      if (!head || !/^\p{Ll}/u.test(head.text)) continue;
      const headWord = head.text.replace(/['’]s$/, '').toLowerCase();
      const role = k.roles.get(headWord);
      if (!role || role.kind !== 'title') continue;
      if (after && /^\p{Lu}/u.test(after.text)) continue; // "the president Vladimir Putin" is a title
      const e = latest(t.start, (p) => !!p.role && p.role.toLowerCase().includes(headWord) && (!country || p.country === country || p.country === null));
      if (e) {
        // "the Tajik president" also tells the country of a president named without one.
        if (country && !e.country) {
          e.country = country;
          if (!e.actorCode || e.actorCode === e.actorTypes[0]) e.actorCode = country + (e.actorTypes[0] ?? '');
        }
        const end = /['’]s$/.test(head.text) ? head.end - 2 : head.end;
        add(e, { start: t.start, end, text: text.slice(t.start, end), kind: 'nominal' });
      }
      continue;
    }
    if (PRONOUN.test(t.text) && !inQuote(t.start)) {
      const e = latest(t.start, () => true);
      if (e) add(e, { start: t.start, end: t.end, text: t.text, kind: 'pronoun' });
    }
  }
}
