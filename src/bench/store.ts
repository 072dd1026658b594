/**
 * `sitrep bench store [--db FILE|postgres://…] [--events 1000000] [--rounds 20] [--json]`: event
 * query latency (p50/p95) on a synthetic store of N events. The events are generated from a seeded
 * random source (realistic spread of dates, actors, codes and places) and streamed into the store
 * in batched multi-row inserts, all in one transaction. Default store: a fresh SQLite file in the temp folder (deleted after).
 */
import { seededRandom as rng } from '../core/random.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { openStore, type Store } from '../store/store.js';
import type { EventFilter, EventRow } from '../store/types.js';


const COUNTRIES = ['USA', 'RUS', 'UKR', 'CHN', 'GBR', 'FRA', 'DEU', 'IRN', 'ISR', 'PSE', 'SYR', 'IRQ', 'TUR', 'IND', 'PAK', 'AFG', 'JPN', 'KOR', 'PRK', 'BRA', 'MEX', 'NGA', 'ZAF', 'EGY', 'SAU', 'YEM', 'SDN', 'ETH', 'KEN', 'VEN'];
const ISO2 = ['US', 'RU', 'UA', 'CN', 'GB', 'FR', 'DE', 'IR', 'IL', 'PS', 'SY', 'IQ', 'TR', 'IN', 'PK', 'AF', 'JP', 'KR', 'KP', 'BR', 'MX', 'NG', 'ZA', 'EG', 'SA', 'YE', 'SD', 'ET', 'KE', 'VE'];
const ROLES = ['', 'GOV', 'MIL', 'REB', 'OPP', 'BUS', 'CVL', 'MED', 'LEG', 'COP'];
const CODES = ['010', '020', '036', '040', '042', '043', '046', '051', '057', '061', '071', '081', '090', '110', '111', '112', '120', '130', '138', '141', '150', '160', '172', '173', '180', '183', '190', '193', '195', '200'];
const WORDS = ['talks', 'attack', 'agreement', 'border', 'sanctions', 'troops', 'ceasefire', 'election', 'protest', 'summit', 'aid', 'strike'];

/** Zipf-like pick: low indexes are much more frequent, as in news. */
function zipf(r: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n * Math.pow(r(), 2.2)));
}

export function syntheticEvent(r: () => number, i: number): Omit<EventRow, 'rowId' | 'mergedId'> {
  const c1 = zipf(r, COUNTRIES.length);
  const c2 = zipf(r, COUNTRIES.length);
  const role1 = ROLES[Math.floor(r() * ROLES.length)]!;
  const role2 = ROLES[Math.floor(r() * ROLES.length)]!;
  const code = CODES[Math.floor(r() * CODES.length)]!;
  const root = code.slice(0, 2);
  const day = Math.floor(r() * 730);
  const date = new Date(Date.UTC(2023, 0, 1) + day * 86400000).toISOString().slice(0, 10);
  const place = zipf(r, 500);
  const pr = rng(place + 1);
  const hasPlace = r() < 0.7;
  const q = Number(root) <= 5 ? 1 : Number(root) <= 8 ? 2 : Number(root) <= 14 ? 3 : 4;
  return {
    articleId: `syn-${Math.floor(i / 4)}`, eventId: `ev${i % 4}`, code, baseCode: code, rootCode: root, quadClass: q,
    goldstein: Math.round((r() * 20 - 10) * 10) / 10, isRoot: true,
    actor1Code: COUNTRIES[c1]! + role1, actor1Country: COUNTRIES[c1]!, actor1Name: `${COUNTRIES[c1]} ${role1 || 'state'}`,
    actor2Code: r() < 0.8 ? COUNTRIES[c2]! + role2 : null, actor2Country: COUNTRIES[c2]!, actor2Name: `${COUNTRIES[c2]} ${role2 || 'state'}`,
    date, published: date, placeName: hasPlace ? `Place ${place}` : null, geonameId: hasPlace ? 1000 + place : null,
    lat: hasPlace ? Math.round((pr() * 140 - 60) * 1e4) / 1e4 : null, lon: hasPlace ? Math.round((pr() * 360 - 180) * 1e4) / 1e4 : null,
    placeCountry: hasPlace ? ISO2[place % ISO2.length]! : null, placeFeature: hasPlace ? 'PPL' : null,
    evidence: `Synthetic sentence ${i} about ${WORDS[Math.floor(r() * WORDS.length)]} between ${COUNTRIES[c1]} and ${COUNTRIES[c2]}.`,
    sentenceIndex: 1, sentenceStart: 0, sentenceEnd: 60, verbStart: 10, actor1Start: 0, actor2Start: 30, mentions: 1 + zipf(r, 4),
    confidence: 0.8, source: `site${zipf(r, 200)}.example`, url: null, docLength: 2000, docTone: Math.round((r() * 10 - 6) * 100) / 100,
    // Actors placed at their country, as most actors in news are.
    actor1Geo: { name: COUNTRIES[c1]!, countryCode: ISO2[c1 % ISO2.length]!, featureCode: 'PCLI', lat: 0, lon: 0, geonameId: null, source: 'country' },
    actor2Geo: null,
  };
}

type Shape = { name: string; make: (r: () => number) => EventFilter & { kind?: 'timeline' | 'network' } };

const SHAPES: Shape[] = [
  { name: 'actor', make: (r) => ({ actor: COUNTRIES[zipf(r, COUNTRIES.length)]! }) },
  { name: 'actor+root', make: (r) => ({ actor: COUNTRIES[zipf(r, COUNTRIES.length)]!, root: CODES[Math.floor(r() * CODES.length)]!.slice(0, 2) }) },
  { name: 'code', make: (r) => ({ code: CODES[Math.floor(r() * CODES.length)]! }) },
  { name: 'root+month', make: (r) => { const d = Math.floor(r() * 700); const s = new Date(Date.UTC(2023, 0, 1) + d * 86400000); const u = new Date(s.getTime() + 30 * 86400000); return { root: CODES[Math.floor(r() * CODES.length)]!.slice(0, 2), since: s.toISOString().slice(0, 10), until: u.toISOString().slice(0, 10) }; } },
  { name: 'week,-date', make: (r) => { const d = Math.floor(r() * 720); const s = new Date(Date.UTC(2023, 0, 1) + d * 86400000); const u = new Date(s.getTime() + 7 * 86400000); return { since: s.toISOString().slice(0, 10), until: u.toISOString().slice(0, 10), sort: '-date' as const }; } },
  { name: 'country', make: (r) => ({ country: COUNTRIES[zipf(r, COUNTRIES.length)]! }) },
  { name: 'bbox 10°', make: (r) => { const lon = Math.floor(r() * 340 - 170); const lat = Math.floor(r() * 120 - 60); return { bbox: [lon, lat, lon + 10, lat + 10] as [number, number, number, number] }; } },
  { name: 'place name', make: (r) => ({ placeName: `place ${zipf(r, 500)}` }) },
  { name: 'place GeoNames id', make: (r) => ({ geonameId: 1000 + zipf(r, 500) }) },
  { name: 'quadClass,-goldstein', make: (r) => ({ quadClass: 1 + Math.floor(r() * 4), sort: '-goldstein' as const }) },
  { name: 'text q', make: (r) => ({ q: WORDS[Math.floor(r() * WORDS.length)]! }) },
];

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! * 10) / 10;
}

/** Generates and writes `n` events in one transaction (rows are generated as they are written). */
async function fill(store: Store, n: number, offset: number): Promise<number> {
  const r = rng(42 + offset);
  const t0 = performance.now();
  function* rows() {
    for (let i = 0; i < n; i++) yield syntheticEvent(r, offset + i);
  }
  await store.bulkLoadEvents(rows());
  return (performance.now() - t0) / 1000;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, events: { type: 'string', default: '1000000' }, rounds: { type: 'string', default: '20' }, json: { type: 'boolean' } },
  });
  const n = Number(values.events);
  const rounds = Number(values.rounds);
  let dir: string | null = null;
  let db = values.db;
  if (!db) {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-store-'));
    db = join(dir, 'bench.db');
  }
  const store = await openStore(db);
  try {
    // Event totals are counted up to the end of the page asked for: offset n counts up to n exactly.
    const count = async () => (await store.queryEvents({ limit: 0, offset: n })).total;
    const have = await count();
    const loadSeconds = have >= n ? 0 : await fill(store, n - have, have);
    const total = await count();
    const r = rng(7);
    const results: Array<{ shape: string; p50: number; p95: number; meanRows: number }> = [];
    const all: number[] = [];
    for (const shape of SHAPES) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < rounds + 2; i++) {
        const f = { ...shape.make(r), limit: 50 };
        const t = performance.now();
        const page = await store.queryEvents(f);
        const ms = performance.now() - t;
        if (i < 2) continue; // warm-up
        times.push(ms);
        rows += page.total;
      }
      all.push(...times);
      results.push({ shape: shape.name, p50: pct(times, 50), p95: pct(times, 95), meanRows: Math.round(rows / rounds) });
    }
    const agg: Array<{ name: string; p50: number; p95: number }> = [];
    for (const [name, call] of [
      ['timeline week×quadClass', () => store.timeline({ interval: 'week', by: 'quadClass', actor: 'USA' })],
      ['network (actor USA)', () => store.network({ actor: 'USA' })],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < Math.max(3, Math.floor(rounds / 4)); i++) {
        const t = performance.now();
        await call();
        times.push(performance.now() - t);
      }
      agg.push({ name, p50: pct(times, 50), p95: pct(times, 95) });
    }
    const out = { store: store.kind, events: total, loadSeconds: Math.round(loadSeconds * 10) / 10, eventsPerSecondLoaded: loadSeconds ? Math.round((n - have) / loadSeconds) : null, rounds, queries: results, overallP95: pct(all, 95), aggregates: agg };
    if (values.json) process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    else {
      const lines = [
        `${store.kind}: ${total} events${loadSeconds ? `, loaded in ${out.loadSeconds}s (${out.eventsPerSecondLoaded} events/s)` : ''}; ${rounds} queries a shape, limit 50, with total count (exact up to 10,000)`,
        '', '| query | p50 ms | p95 ms | mean total (capped at 10,000) |', '| --- | ---: | ---: | ---: |',
        ...results.map((q) => `| ${q.shape} | ${q.p50} | ${q.p95} | ${q.meanRows} |`),
        `| **all event queries** | | **${out.overallP95}** | |`,
        ...agg.map((a) => `| ${a.name} | ${a.p50} | ${a.p95} | |`),
      ];
      process.stdout.write(lines.join('\n') + '\n');
    }
    return 0;
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
