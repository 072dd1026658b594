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
import { firstStartingAt, quotedRanges } from '../../core/spans.js';

const PRONOUN = /^(?:he|him|his|she|her)$/i;

export function resolveNominalsAndPronouns(text: string, seg: Segmentation, entities: Entity[]): void {
  const people = entities.filter((e) => e.type === 'PERSON');
  if (people.length === 0) return;
  const k = actorKnowledge();
  const quoted = quotedRanges(text);
  const inQuote = (pos: number) => {
    const i = firstStartingAt(quoted, pos) - 1;
    return i >= 0 && pos < quoted[i]!.end && pos > quoted[i]!.start;
  };
  const taken = new Set<number>();
  for (const e of entities) for (const m of e.mentions) for (let i = m.start; i < m.end; i++) taken.add(i);

  // Person mentions in text order, outside quotations, for "the latest person before here".
  let personMentions = people
    .flatMap((e) => e.mentions.filter((m) => !inQuote(m.start)).map((m) => ({ e, start: m.start })))
    .sort((a, b) => a.start - b.start);
  /** The latest person with a mention starting before `pos` that satisfies `ok`. */
  const latest = (pos: number, ok: (e: Entity) => boolean): Entity | null => {
    let i = firstStartingAt(personMentions, pos) - 1;
    for (; i >= 0; i--) if (ok(personMentions[i]!.e)) return personMentions[i]!.e;
    return null;
  };
  // New mentions are collected and added at the end, so the lookups above stay on names.
  const added: Array<[Entity, Mention]> = [];
  const add = (e: Entity, m: Mention) => added.push([e, m]);

  const { tokens } = seg;

  /** Nominal: "the [Tajik] president" not followed by a name. */
  const nominalAt = (i: number): void => {
    const t = tokens[i]!;
    let j = i + 1;
    let country: string | null = null;
    const c = tokens[j] ? countryOfToken(tokens[j]!.text) : null;
    if (c && (c.kind === 'demonym' || (c.kind === 'name' && !c.possessive))) { country = c.iso3; j++; } // "the Tajik president", "the US national security adviser"
    // The longest role phrase here: "the interior minister", "the prime minister", "the president".
    let n = Math.min(k.maxRoleWords, tokens.length - j);
    let role = null;
    for (; n >= 1; n--) {
      const words = tokens.slice(j, j + n);
      if (!words.every((w) => /^\p{Ll}/u.test(w.text))) continue;
      role = k.roles.get(words.map((w) => w.text.replace(/['’]s$/, '').toLowerCase()).join(' ')) ?? null;
      if (role) break;
    }
    if (!role || role.kind !== 'title') return;
    const head = tokens[j + n - 1]!;
    const after = tokens[j + n];
    const headWord = head.text.replace(/['’]s$/, '').toLowerCase();
    if (after && /^\p{Lu}/u.test(after.text)) return; // "the president Vladimir Putin" is a title
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
  };

  /** Pronouns, and "Trump, who …": a relative pronoun right after a name and a comma. */
  const pronounAt = (i: number): void => {
    const t = tokens[i]!;
    if (inQuote(t.start)) return;
    if (/^who$/i.test(t.text) && tokens[i - 1]?.text === ',') {
      const before = tokens[i - 2];
      const named = before ? people.find((e) => e.mentions.some((x) => x.end === before.end && x.kind !== 'pronoun')) : undefined;
      if (named) add(named, { start: t.start, end: t.end, text: t.text, kind: 'pronoun' });
      return;
    }
    if (PRONOUN.test(t.text)) {
      const e = latest(t.start, () => true);
      if (e) add(e, { start: t.start, end: t.end, text: t.text, kind: 'pronoun' });
    }
  };

  // Nominals first, so that "The interior minister said … He said" reaches the minister through
  // the nominal; then pronouns, over names and nominals.
  for (let i = 0; i < tokens.length; i++) if (!taken.has(tokens[i]!.start) && /^the$/i.test(tokens[i]!.text)) nominalAt(i);
  personMentions = [...personMentions, ...added.filter(([, m]) => !inQuote(m.start)).map(([e, m]) => ({ e, start: m.start }))].sort((a, b) => a.start - b.start);
  for (let i = 0; i < tokens.length; i++) if (!taken.has(tokens[i]!.start)) pronounAt(i);
  for (const [e, m] of added) e.mentions.push(m);
  for (const e of new Set(added.map(([e]) => e))) e.mentions.sort((a, b) => a.start - b.start);
}
