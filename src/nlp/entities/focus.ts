/**
 * The article's focus country: the dateline's country when there is a dateline
 * ("BAGHDAD, Iraq --"), else the country named most often, when it clearly leads.
 * People and groups the text leaves without a country ("Interior Minister Bayan Jabr",
 * "insurgents") are most often of that country; the entities and events stages use it as a
 * marked default, never over a country the text states. `strict: false` returns the most named
 * country even when it does not clearly lead (for groups active in several countries).
 */
import type { Article, Entity } from '../../core/types.js';
import { actorKnowledge } from './knowledge.js';

export function focusCountry(article: Article, entities: Entity[], strict = true): string | null {
  const k = actorKnowledge();
  if (article.dateline) {
    for (const word of article.dateline.place.split(/[\s,]+/).reverse()) {
      const c = k.countryForms.get(word) ?? k.countryForms.get(word.charAt(0) + word.slice(1).toLowerCase());
      if (c) return c.iso3;
    }
  }
  const counts = entities
    .filter((e) => e.type === 'GPE' && e.country)
    .map((e) => ({ c: e.country!, n: e.mentions.filter((m) => !namesBorder(article.text, m.end)).length }))
    .sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  if (!strict) return first?.c ?? null;
  if (!first) return null;
  // A country named once leads only when no other country is named at all.
  if (first.n < 2 && second) return null;
  if (second && first.n < second.n * 1.5) return null;
  return first.c;
}

/**
 * "near the Afghan border", "the Syrian frontier": a country named for its border is the
 * neighbour across it, seen from where the story is; it does not count towards the focus.
 */
function namesBorder(text: string, end: number): boolean {
  return /^(?:['’]s)?\s+(?:border|frontier)s?\b/.test(text.slice(end, end + 16));
}
