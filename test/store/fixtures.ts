/** Small hand-built `ExtractResult`s for store, export and API tests. */
import type { EventPlace, ExtractResult, SitrepEvent } from '../../src/core/types.js';
import { PIPELINE_VERSION } from '../../src/core/version.js';

export interface EventSpec {
  code: string;
  date: string | null;
  a1: [code: string, country: string | null, name: string] | null;
  a2: [code: string, country: string | null, name: string] | null;
  place?: { name: string; lat: number; lon: number; countryCode: string; geonameId?: number } | null;
  /** The sentence: must occur in the text. */
  sentence: string;
  verb: string;
  goldstein?: number;
  quadClass?: number;
  mentions?: number;
  /** Where the text places each actor (`Actor.geo`). */
  geo1?: EventPlace | null;
  geo2?: EventPlace | null;
}

function span(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length };
}

export function makeResult(o: {
  id: string;
  text: string;
  title?: string | null;
  url?: string | null;
  site?: string | null;
  published?: string | null;
  events?: EventSpec[];
  quotes?: Array<{ text: string; speaker: string | null }>;
  entities?: Array<{ name: string; type: 'PERSON' | 'ORG' | 'GPE'; country?: string | null; actorCode?: string | null }>;
  amounts?: Array<{ text: string; value: number; object: string | null }>;
  version?: string;
}): ExtractResult & { id: string } {
  const text = o.text;
  const events: SitrepEvent[] = (o.events ?? []).map((e, i) => {
    const sentence = span(text, e.sentence);
    const verb = span(text, e.verb, sentence.start);
    const actor = (a: EventSpec['a1']) =>
      a ? { name: a[2], code: a[0], countryCode: a[1], knownGroup: null, types: [], entityId: null, span: text.indexOf(a[2]) >= 0 ? span(text, a[2]) : null } : null;
    const actor1 = actor(e.a1);
    const actor2 = actor(e.a2);
    if (actor1 && e.geo1) Object.assign(actor1, { geo: e.geo1 });
    if (actor2 && e.geo2) Object.assign(actor2, { geo: e.geo2 });
    return {
      id: `ev${i + 1}`,
      code: e.code,
      rootCode: e.code.slice(0, 2),
      baseCode: e.code.slice(0, 3),
      quadClass: e.quadClass ?? 1,
      goldstein: e.goldstein ?? 1,
      plover: null,
      actor1,
      actor2,
      date: e.date,
      dateSource: e.date ? 'stated' : null,
      place: e.place
        ? { name: e.place.name, placeId: null, geonameId: e.place.geonameId ?? null, lat: e.place.lat, lon: e.place.lon, countryCode: e.place.countryCode, featureCode: 'PPLC', source: 'sentence' }
        : null,
      isRoot: true,
      sentence,
      evidence: e.sentence,
      evidenceSpans: { verb, actor1: actor1?.span ?? null, actor2: actor2?.span ?? null },
      modality: 'asserted',
      confidence: 0.9,
      rule: 'fixture',
      mentions: Array.from({ length: e.mentions ?? 1 }, () => sentence),
    };
  });
  return {
    id: o.id,
    article: {
      title: o.title ?? null,
      published: o.published ?? null,
      url: o.url ?? null,
      byline: null,
      language: 'en',
      site: o.site ?? null,
      text,
      caption: null,
      credits: [],
      paragraphs: [{ start: 0, end: text.length }],
      dateline: null,
    },
    sentences: [],
    entities: (o.entities ?? []).map((en, i) => {
      const m = span(text, en.name);
      return {
        id: `e${i + 1}`, type: en.type, name: en.name, country: en.country ?? null, role: null, actorCode: en.actorCode ?? null,
        actorTypes: [], knownGroup: null, mentions: [{ ...m, text: en.name, kind: 'name' as const }],
      };
    }),
    places: events.flatMap((e, i) =>
      e.place ? [{ id: `p${i + 1}`, name: e.place.name, geonameId: e.place.geonameId, lat: e.place.lat, lon: e.place.lon, countryCode: e.place.countryCode, featureCode: 'PPLC', admin1: null, kind: 'city', mentions: text.includes(e.place.name) ? [{ ...span(text, e.place.name), text: e.place.name, kind: 'name' as const }] : [] }] : [],
    ),
    times: [],
    amounts: (o.amounts ?? []).map((a) => ({ ...span(text, a.text), text: a.text, value: a.value, object: a.object })),
    quotes: (o.quotes ?? []).map((q) => ({
      ...span(text, q.text), text: q.text, kind: 'direct' as const, cue: null,
      speaker: q.speaker ? { ...span(text, q.speaker), name: q.speaker, entityId: null } : null,
    })),
    events,
    facts: [],
    diagnostics: [],
    pipelineVersion: o.version ?? PIPELINE_VERSION,
  };
}

const KYIV = { name: 'Kyiv', lat: 50.45, lon: 30.52, countryCode: 'UA', geonameId: 703448 };

/** Three articles: two sources report the same meeting; a third is a wire copy of the first. */
export function sampleResults(): Array<ExtractResult & { id: string }> {
  const body =
    'Russian President Vladimir Putin met Ukrainian officials in Kyiv on Monday. "We will talk again," Putin said. ' +
    'The talks lasted three hours and covered prisoner exchanges, grain exports, energy infrastructure and the ' +
    'status of the nuclear plant, officials from both delegations told reporters after the meeting ended late in the evening. ' +
    'Further rounds are expected next month in a neutral country, diplomats said.';
  const ev = (extra: Partial<EventSpec> = {}): EventSpec => ({
    code: '043', date: '2024-03-04', a1: ['RUSGOV', 'RUS', 'Vladimir Putin'], a2: ['UKRGOV', 'UKR', 'Ukrainian officials'],
    place: KYIV, sentence: 'Russian President Vladimir Putin met Ukrainian officials in Kyiv on Monday.', verb: 'met', goldstein: 2.8, quadClass: 1,
    geo1: { name: 'Russia', placeId: null, geonameId: null, lat: 60, lon: 100, countryCode: 'RU', featureCode: 'PCLI', source: 'country' },
    geo2: { name: 'Kyiv', placeId: null, geonameId: 703448, lat: 50.45, lon: 30.52, countryCode: 'UA', featureCode: 'PPLC', source: 'located' },
    ...extra,
  });
  const tone = (value: number) => ({ tone: value, positive: Math.max(0, value), negative: Math.max(0, -value), polarity: Math.abs(value), selfGroupDensity: 1, wordCount: 40, scored: [] });
  const results = [
    makeResult({
      id: 'a1', title: 'Putin meets Ukrainian officials', url: 'https://www.reuters.com/world/a1', published: '2024-03-04', text: body,
      events: [ev({ mentions: 2 }), { code: '190', date: '2024-03-05', a1: ['RUSMIL', 'RUS', 'Russian forces'], a2: null, place: null, sentence: 'Further rounds are expected next month in a neutral country, diplomats said.', verb: 'expected', goldstein: -10, quadClass: 4 }],
      quotes: [{ text: 'We will talk again,', speaker: 'Putin' }],
      entities: [{ name: 'Vladimir Putin', type: 'PERSON', country: 'RUS', actorCode: 'RUSGOV' }, { name: 'Kyiv', type: 'GPE', country: 'UKR' }],
      amounts: [{ text: 'three hours', value: 3, object: 'hours' }],
    }),
    makeResult({
      id: 'a2', title: 'Kremlin talks', url: 'https://apnews.com/a2', published: '2024-03-04',
      text: 'Vladimir Putin met Ukrainian officials in Kyiv, the Kremlin said. Markets rose on the news.',
      events: [ev({ sentence: 'Vladimir Putin met Ukrainian officials in Kyiv, the Kremlin said.' })],
      entities: [{ name: 'Vladimir Putin', type: 'PERSON', country: 'RUS', actorCode: 'RUSGOV' }],
    }),
    makeResult({
      id: 'a3', title: 'Putin meets Ukrainian officials (wire)', url: 'https://www.example-news.com/a3', published: '2024-03-04',
      text: 'MOSCOW (Reuters) - ' + body,
      events: [ev()],
      entities: [{ name: 'Vladimir Putin', type: 'PERSON', country: 'RUS', actorCode: 'RUSGOV' }],
    }),
  ];
  // Two of the three carry a tone (the third stands for a result stored before the tone stage).
  results[0]!.tone = tone(-2);
  results[1]!.tone = tone(1);
  return results;
}
