/**
 * The article reader: the clean text with every annotation highlighted by kind (hover for codes
 * and resolved values), the events (selecting one marks its sentence, verb and actors and lists
 * the facts), quotes with their speakers, places on a small map, entities and facts.
 */
import type { Fact, SitrepEvent, Span } from '../../core/types.js';
import { api, type Article } from './api.js';
import { basemapLayer } from './basemap.js';
import { codeLabel, QUADS } from './cameo.js';
import { activatable, h, mount, s, stateNote } from './dom.js';
import { project } from './geo.js';
import { marksFor, segments, type Mark, type MarkKind } from './highlight.js';
import { zoomable } from './map.js';
import { navigate, type UiState } from './state.js';

const KINDS: Array<[MarkKind, string]> = [
  ['entity', 'Entities'], ['place', 'Places'], ['time', 'Times'], ['amount', 'Amounts'], ['quote', 'Quotes'], ['event', 'Event verbs'],
];
const hidden = new Set<MarkKind>();
let cached: { id: string; r: Article } | null = null;

/** Renders text[start, end) with the given marks as text nodes inside spans. */
export function highlighted(text: string, marks: Mark[], from = 0, to = text.length): DocumentFragment {
  const frag = document.createDocumentFragment();
  const inside = marks.filter((m) => m.start < to && m.end > from).map((m) => ({ ...m, start: Math.max(from, m.start) - from, end: Math.min(to, m.end) - from }));
  for (const seg of segments(to - from, inside)) {
    const piece = text.slice(from + seg.start, from + seg.end);
    if (seg.marks.length === 0) {
      frag.appendChild(document.createTextNode(piece));
      continue;
    }
    const span = h('span', { class: [...new Set(seg.marks.map((m) => `hl-${m.kind}`))].join(' '), title: seg.marks.map((m) => m.title).join('\n') }, piece);
    for (const m of seg.marks) for (const [k, v] of Object.entries(m.data ?? {})) span.dataset[k] = v;
    frag.appendChild(span);
  }
  return frag;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function factItem(f: Fact, text: string): HTMLLIElement {
  const fields = Object.entries(f.fields).map(([k, v]) => h('li', {}, h('strong', {}, `${k}: `), typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v)));
  const ev = f.evidence.map((e) => h('li', {}, h('strong', {}, `${e.field}: `), `“${text.slice(e.start, e.end)}”`));
  return h('li', { class: 'fact', 'data-fact': f.id }, h('div', { class: 'fact-kind' }, `${f.kind} (${f.id})`), h('ul', { class: 'fields' }, ...fields), ev.length ? h('details', {}, h('summary', {}, 'Evidence spans'), h('ul', {}, ...ev)) : null);
}

function eventDetail(r: Article, e: SitrepEvent): HTMLElement {
  const text = r.article.text;
  const own = marksFor(r, e.id).filter((m) => m.kind === 'verb' || m.kind === 'actor1' || m.kind === 'actor2');
  const actor = (a: SitrepEvent['actor1']) => (a ? `${a.name} (${a.code}${a.types.length ? `, ${a.types.join('/')}` : ''})` : '—');
  const place = e.place ? `${e.place.name}${e.place.geonameId ? ` · GeoNames ${e.place.geonameId}` : ''}${e.place.lat !== null ? ` · ${e.place.lat.toFixed(3)}, ${e.place.lon?.toFixed(3)}` : ''} (${e.place.source})` : 'not stated';
  const rows: Array<[string, string]> = [
    ['Actor 1', actor(e.actor1)], ['Actor 2', actor(e.actor2)], ['Date', `${e.date ?? 'unknown'}${e.dateSource ? ` (${e.dateSource})` : ''}`], ['Place', place],
    ['QuadClass', `${e.quadClass} ${QUADS[e.quadClass]?.name ?? ''}`], ['Goldstein', String(e.goldstein)], ['Modality', e.modality], ['Confidence', e.confidence.toFixed(2)], ['Rule', e.rule],
  ];
  if (e.plover) rows.push(['PLOVER', `${e.plover.event}${e.plover.mode ? ` / ${e.plover.mode}` : ''}`]);
  const near = r.facts.filter((f) => f.evidence.some((x) => overlaps(x, e.sentence)));
  const other = r.facts.filter((f) => !near.includes(f));
  return h(
    'section',
    { class: 'event-detail', 'aria-label': `Event ${e.id}` },
    h('h4', {}, `${e.id}: ${codeLabel(e.code)}`),
    h('blockquote', { class: 'evidence' }, highlighted(text, own, e.sentence.start, e.sentence.end)),
    h('dl', {}, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('h5', {}, 'Facts supported by this sentence'),
    near.length ? h('ul', { class: 'facts' }, ...near.map((f) => factItem(f, text))) : stateNote('No fact rests on this sentence.'),
    other.length ? h('details', {}, h('summary', {}, `Other facts in this article (${other.length})`), h('ul', { class: 'facts' }, ...other.map((f) => factItem(f, text)))) : null,
  );
}

async function placesMap(r: Article): Promise<HTMLElement | null> {
  const located = r.places.filter((p) => p.lat !== null && p.lon !== null);
  if (!located.length) return null;
  const pts = located.map((p) => ({ p, xy: project(p.lon!, p.lat!) }));
  const xs = pts.map((q) => q.xy[0]);
  const ys = pts.map((q) => q.xy[1]);
  const base = await basemapLayer();
  return zoomable(base, 'Map of the places named in the article', (layer, k) => {
    while (layer.firstChild) layer.removeChild(layer.firstChild);
    for (const { p, xy } of pts) {
      const label = `${p.name} · GeoNames ${p.geonameId ?? '?'} · ${p.countryCode ?? '?'} · ${p.featureCode ?? p.kind}`;
      layer.appendChild(s('g', { class: 'marker place-marker', tabindex: 0, role: 'img', 'aria-label': label, 'data-places': p.name }, s('title', {}, label), s('circle', { cx: xy[0], cy: xy[1], r: 4 / k })));
    }
  }, [Math.min(...xs) - 10, Math.min(...ys) - 10, Math.max(...xs) + 10, Math.max(...ys) + 10]);
}

function safeUrl(u: string | null): string | null {
  return u && /^https?:\/\//i.test(u) ? u : null;
}

export async function renderReader(root: HTMLElement, st: UiState, live: () => boolean): Promise<void> {
  if (!st.id) {
    mount(root, stateNote('No article is open. Search articles or pick an event, then press Enter to open it here.'));
    return;
  }
  if (cached?.id !== st.id) mount(root, stateNote('Loading the article…', 'loading'));
  const r = cached?.id === st.id ? cached.r : await api.article(st.id);
  cached = { id: st.id, r };
  if (!live()) return;
  const a = r.article;
  const selected = r.events.find((e) => e.id === st.event) ?? null;
  const select = (id: string) => navigate({ event: id }, { replace: true });

  const textBox = h('div', { class: 'article-text', id: 'article-text', 'aria-label': 'Article text with highlights' }, highlighted(a.text, marksFor(r, selected?.id ?? null)));
  for (const k of hidden) textBox.classList.add(`hide-${k}`);
  textBox.addEventListener('click', (ev) => {
    const hit = (ev.target as Element).closest('[data-event]') as HTMLElement | null;
    if (hit?.dataset['event']) select(hit.dataset['event']);
  });
  const toggles = h('fieldset', { class: 'kinds' }, h('legend', {}, 'Highlight'), ...KINDS.map(([k, label]) => h('label', { class: `kind kind-${k}` }, h('input', { type: 'checkbox', checked: !hidden.has(k), onchange: (ev) => {
    const on = (ev.target as HTMLInputElement).checked;
    if (on) hidden.delete(k);
    else hidden.add(k);
    textBox.classList.toggle(`hide-${k}`, !on);
  } }), ` ${label}`)));

  const url = safeUrl(a.url);
  const meta = [a.published ?? 'date unknown', a.site, a.byline, a.language].filter(Boolean).join(' · ');
  const main = h(
    'div',
    { class: 'reader-main' },
    h('button', { type: 'button', class: 'back', onclick: () => history.back() }, '← Back'),
    h('h2', {}, a.title ?? st.id),
    h('p', { class: 'meta' }, meta, url ? ' · ' : null, url ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original page') : null),
    a.caption ? h('p', { class: 'caption' }, `Caption: ${a.caption}`) : null,
    r.tone
      ? h('p', { class: 'tone', title: 'GDELT document tone: % of words with a positive minus % with a negative valence (AFINN-165)' },
          `Tone ${r.tone.tone.toFixed(1)} (positive ${r.tone.positive.toFixed(1)}%, negative ${r.tone.negative.toFixed(1)}% of ${r.tone.wordCount} words)`)
      : null,
    toggles,
    textBox,
  );

  const eventsList = h('ol', { class: 'reader-events', 'aria-label': 'Events in this article' }, ...r.events.map((e) => {
    const li = activatable(h('li', { class: e.id === selected?.id ? 'selected' : '', 'aria-current': e.id === selected?.id ? 'true' : null, 'data-event': e.id, 'data-code': e.code, 'data-quad': e.quadClass, 'aria-label': `Event ${e.id} ${codeLabel(e.code)}. Enter shows its evidence.` },
      h('span', { class: 'code' }, codeLabel(e.code)), ' ', h('span', { class: 'actors' }, `${e.actor1?.code ?? '—'} → ${e.actor2?.code ?? '—'}`), ' ', h('span', { class: 'date' }, e.date ?? 'undated')), () => select(e.id));
    return li;
  }));
  const quotes = h('ol', { class: 'quotes', 'aria-label': 'Quotes' }, ...r.quotes.map((q, i) => activatable(h('li', { class: `quote quote-${q.kind}`, 'data-speaker': q.speaker?.name ?? '' }, h('span', { class: 'speaker' }, q.speaker?.name ?? 'unknown speaker'), ` (${q.kind}): `, h('q', {}, q.text)), () => {
    const target = [...textBox.querySelectorAll<HTMLElement>('.hl-quote')].find((el) => el.dataset['quote'] === String(i));
    target?.scrollIntoView({ block: 'center' });
    target?.classList.add('flash');
  })));
  // Enter (or a click) on an entity or place marks all its mentions in the text.
  const spotlight = (attr: 'entity' | 'place', id: string) => {
    for (const el of textBox.querySelectorAll('.spotlight')) el.classList.remove('spotlight');
    const hits = [...textBox.querySelectorAll<HTMLElement>(`[data-${attr}="${CSS.escape(id)}"]`)];
    for (const el of hits) el.classList.add('spotlight');
    hits[0]?.scrollIntoView({ block: 'nearest' });
  };
  const entities = h('ul', { class: 'entities' }, ...r.entities.map((e) => activatable(h('li', { 'data-entity': e.id, title: 'Enter marks its mentions in the text' }, h('strong', {}, e.name), ` ${e.type}${e.actorCode ? ` · ${e.actorCode}` : ''}${e.role ? ` · ${e.role}` : ''} · ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`), () => spotlight('entity', e.id))));
  const places = h('ul', { class: 'places' }, ...r.places.map((p) => activatable(h('li', { 'data-place': p.id, title: 'Enter marks its mentions in the text' }, h('strong', {}, p.name), ` → ${p.geonameId ? `GeoNames ${p.geonameId}` : 'unresolved'}${p.countryCode ? ` ${p.countryCode}` : ''}${p.lat !== null ? ` (${p.lat.toFixed(3)}, ${p.lon?.toFixed(3)})` : ''} ${p.featureCode ?? p.kind}`), () => spotlight('place', p.id))));
  const side = h(
    'aside',
    { class: 'reader-side' },
    h('section', {}, h('h3', {}, `Events (${r.events.length})`), r.events.length ? eventsList : stateNote('No event was coded in this article.'), selected ? eventDetail(r, selected) : r.events.length ? stateNote('Select an event to see its evidence and facts.') : null),
    h('section', {}, h('h3', {}, `Quotes (${r.quotes.length})`), r.quotes.length ? quotes : stateNote('No quote was found.')),
    h('section', { class: 'places-section' }, h('h3', {}, `Places (${r.places.length})`), r.places.length ? places : stateNote('No place was resolved.')),
    h('section', {}, h('h3', {}, `Entities (${r.entities.length})`), r.entities.length ? entities : stateNote('No entity was found.')),
    h('section', {}, h('h3', {}, `Facts (${r.facts.length})`), r.facts.length ? h('ul', { class: 'facts' }, ...r.facts.map((f) => factItem(f, a.text))) : stateNote('No fact was extracted.')),
  );
  mount(root, h('article', { class: 'reader' }, main, side));
  const map = await placesMap(r).catch(() => null);
  if (map && live()) side.querySelector('.places-section')?.insertBefore(map, places);
  if (selected) textBox.querySelector('.hl-sentence')?.scrollIntoView({ block: 'nearest' });
}
