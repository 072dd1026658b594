/**
 * Coordinated actors: "Iran, Russia and Syria", "Syria and its allies Russia and Iran". One event
 * per pair of coordinated actors ("Iraq and the United States have complained that Syria …" → two).
 */
import type { ActorMention } from './actors.js';
import type { CodedEvent } from './coder.js';

const COORDINATOR = /^(?:,|and|, and|or|as well as|and its allies|its allies|, its allies)$/;

/** The actors coordinated with `a` in its sentence: "Iran, Russia and Syria", "Syria and its allies Russia and Iran". */
export function coordinated(text: string, actors: ActorMention[], a: ActorMention): ActorMention[] {
  const i = actors.indexOf(a);
  if (i < 0) return [a];
  const link = (x: ActorMention, y: ActorMention) => text.slice(x.end, y.start).trim().replace(/\s+/g, ' ').replace(/\s*\bthe$/i, '').replace(/^the$/i, ',');
  const pronoun = (x: ActorMention) => /^(?:it|its|he|she|his|her|they|their)$/i.test(text.slice(x.start, x.end));
  const joined = (x: ActorMention, y: ActorMention) => !pronoun(x) && !pronoun(y) && COORDINATOR.test(link(x, y));
  let lo = i;
  while (lo > 0 && joined(actors[lo - 1]!, actors[lo]!)) lo--;
  let hi = i;
  while (hi + 1 < actors.length && joined(actors[hi]!, actors[hi + 1]!)) hi++;
  const members = actors.slice(lo, hi + 1);
  // Commas alone are a list only when a conjunction closes it ("Iran, Russia and Syria").
  const hasConjunction = members.slice(1).some((m, k) => link(members[k]!, m) !== ',');
  return members.length > 1 && !hasConjunction ? [a] : members;
}

/** One event per pair of coordinated actors ("Iraq and the United States have complained that Syria …" → two). */
export function expandCoordination(text: string, ev: CodedEvent, actors: ActorMention[]): CodedEvent[] {
  // "the two sides" stands for two actors.
  const left = ev.actor1.partner ? [ev.actor1, ev.actor1.partner] : coordinated(text, actors, ev.actor1).slice(0, 4);
  const right = ev.actor2?.partner ? [ev.actor2, ev.actor2.partner] : ev.actor2 ? coordinated(text, actors, ev.actor2).slice(0, 4) : [null];
  // "A and B signed": the symmetric event pairs the members of one coordination
  // ("South Korea, the United States and Japan started a drill": three pairs).
  if (ev.actor2 && left.includes(ev.actor2)) {
    const pairs: CodedEvent[] = [];
    for (let a = 0; a < left.length; a++) for (let b = a + 1; b < left.length; b++) pairs.push({ ...ev, actor1: left[a]!, actor2: left[b]! });
    return pairs.length > 0 ? pairs : [ev];
  }
  const out: CodedEvent[] = [];
  for (const a1 of left) {
    for (const a2 of right) {
      if (a2 && a2.entity === a1.entity && a2.types.join() === a1.types.join()) continue;
      out.push({ ...ev, actor1: a1, actor2: a2 });
    }
  }
  return out.length > 0 ? out : [ev];
}

