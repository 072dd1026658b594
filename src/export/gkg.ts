/**
 * A GKG 2.1-style table: one row (27 columns) per article with counts (killed, wounded, arrested,
 * kidnapped, protesters, displaced: the facts stage's `count` facts, located at the place of the
 * event they quantify), persons, organizations, locations, dates, amounts, names and quotations
 * (with speakers) as GKG's delimited lists, offsets into the article text, and V1.5TONE from the tone
 * stage (its Activity Reference Density is not produced: empty). Themes and GCAM are not produced (empty).
 */
import type { ExtractResult } from '../core/types.js';
import { sourceOf } from '../store/rows.js';
import { isoToFips } from './fips.js';
import { geoType, gdeltStamp } from './gdelt-events.js';
import { tsvCell } from './sink.js';

export const GKG_COLUMNS: readonly string[] = [
  'GKGRECORDID', 'V2.1DATE', 'V2SOURCECOLLECTIONIDENTIFIER', 'V2SOURCECOMMONNAME', 'V2DOCUMENTIDENTIFIER',
  'V1COUNTS', 'V2.1COUNTS', 'V1THEMES', 'V2ENHANCEDTHEMES', 'V1LOCATIONS', 'V2ENHANCEDLOCATIONS',
  'V1PERSONS', 'V2ENHANCEDPERSONS', 'V1ORGANIZATIONS', 'V2ENHANCEDORGANIZATIONS', 'V1.5TONE',
  'V2.1ENHANCEDDATES', 'V2GCAM', 'V2.1SHARINGIMAGE', 'V2.1RELATEDIMAGES', 'V2.1SOCIALIMAGEEMBEDS',
  'V2.1SOCIALVIDEOEMBEDS', 'V2.1QUOTATIONS', 'V2.1ALLNAMES', 'V2.1AMOUNTS', 'V2.1TRANSLATIONINFO', 'V2EXTRASXML',
];

/** GKG sub-fields are separated by `#`, `,`, `;` and `|`: none of them may appear inside a value. */
const clean = (s: string) => s.replace(/[#;,|\t\r\n<>]+/g, ' ').trim();

export function gkgRow(r: ExtractResult & { id: string }, n: number, now: string): string {
  const a = r.article;
  const date = a.published && /^\d{4}-\d{2}-\d{2}$/.test(a.published) ? `${a.published.replace(/-/g, '')}000000` : gdeltStamp(now);
  const people = r.entities.filter((e) => e.type === 'PERSON');
  const orgs = r.entities.filter((e) => e.type === 'ORG');
  const firstOffset = (e: { mentions: Array<{ start: number }> }) => e.mentions[0]?.start ?? 0;
  const enhanced = (list: typeof people) =>
    list.flatMap((e) => e.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => `${clean(e.name)},${m.start}`)).join(';');
  const loc = (p: ExtractResult['places'][number], offset: number | null) => {
    const fips = isoToFips(p.countryCode);
    const base = [geoType(p.featureCode, p.countryCode), clean(p.name), fips, fips + (p.admin1 && /^[A-Z0-9]{1,3}$/.test(p.admin1) ? p.admin1 : '')];
    return offset === null
      ? [...base, p.lat ?? '', p.lon ?? '', p.geonameId ?? ''].join('#')
      : [...base, '', p.lat ?? '', p.lon ?? '', p.geonameId ?? '', offset].join('#');
  };
  const dates = r.times
    .filter((t) => t.type === 'DATE' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(t.value))
    .map((t) => {
      const [y, m, d] = t.value.split('-');
      const res = d ? 1 : m ? 2 : 3;
      return `${res}#${Number(m ?? 0)}#${Number(d ?? 0)}#${y}#${t.start}`;
    });
  const quotes = r.quotes.map((q) => {
    const verb = q.cue ? a.text.slice(q.cue.start, q.cue.end) : '';
    return [q.start, q.end - q.start, clean(verb), clean(q.text), clean(q.speaker?.name ?? '')].join('|');
  });
  // COUNTTYPE#NUMBER#OBJECTTYPE#location fields (as V1LOCATIONS, empty when the count has no place)[#offset]
  const counts = (withOffset: boolean) =>
    r.facts
      .filter((f) => f.kind === 'count')
      .map((f) => {
        const event = r.events.find((e) => e.id === f.fields['eventId']);
        const place = event?.place ? r.places.find((p) => p.id === event.place!.placeId) ?? null : null;
        const where = place ? loc(place, null) : '#'.repeat(6);
        const offset = f.evidence.find((e) => e.field === 'number')?.start ?? '';
        const cells = [String(f.fields['kind']), String(f.fields['number']), clean(String(f.fields['object'] ?? '')), where];
        return (withOffset ? [...cells, offset] : cells).join('#');
      })
      .join(';');
  // Tone, Positive, Negative, Polarity, Activity Reference Density (not produced), Self/Group Reference Density, Word Count
  const t = r.tone;
  const tone = t ? [t.tone, t.positive, t.negative, t.polarity, '', t.selfGroupDensity, t.wordCount].join(',') : '';
  const names = r.entities.map((e) => `${clean(e.name)},${firstOffset(e)}`);
  const amounts = r.amounts.map((m) => `${m.value},${clean(m.object ?? '')},${m.start}`);
  const cells: string[] = [
    `${date}-${n}`, date, '1', sourceOf(r), a.url ?? r.id,
    counts(false), counts(true), '', '',
    r.places.map((p) => loc(p, null)).join(';'),
    r.places.flatMap((p) => p.mentions.map((m) => loc(p, m.start))).join(';'),
    people.map((e) => clean(e.name)).join(';'), enhanced(people),
    orgs.map((e) => clean(e.name)).join(';'), enhanced(orgs),
    tone, dates.join(';'), '', '', '', '', '',
    quotes.join('#'), names.join(';'), amounts.join(';'), '',
    a.title ? `<PAGE_TITLE>${clean(a.title)}</PAGE_TITLE>` : '',
  ];
  return cells.map(tsvCell).join('\t');
}
