/**
 * What the whole article says about where it is: countries named (by place names, by entities'
 * countries, by the dateline) and first-level regions named. Disambiguation prefers senses inside
 * this context.
 */
import { createRequire } from 'node:module';
import type { Article, Entity } from '../core/types.js';
import type { Candidate } from './candidates.js';
import { lookup, type GazEntry } from './gazetteer.js';

export interface GeoContext {
  /** ISO alpha-2 → weight (mentions, entity countries, dateline). */
  countries: Map<string, number>;
  /** `${cc}.${admin1}` → weight. */
  admins: Map<string, number>;
  /** `${cc}.${admin1}` → weight from unambiguous cities only (evidence for a region's own name). */
  settledAdmins: Map<string, number>;
  /** Senses the dateline names, if any. */
  dateline: GazEntry[];
}

let alpha3to2: ((code: string) => string | undefined) | null = null;
function toAlpha2(a3: string): string | null {
  if (!alpha3to2) {
    const require = createRequire(import.meta.url);
    const lib = require('i18n-iso-countries') as { alpha3ToAlpha2(code: string): string | undefined };
    alpha3to2 = (c) => lib.alpha3ToAlpha2(c);
  }
  return alpha3to2(a3) ?? null;
}

function bump(m: Map<string, number>, k: string, w: number): void {
  m.set(k, (m.get(k) ?? 0) + w);
}

/** The admin1 key of a region sense or of a city sense. */
export function adminKey(e: GazEntry): string | null {
  return e.admin1 && e.cc ? `${e.cc}.${e.admin1}` : null;
}

export function buildContext(article: Article, candidates: Candidate[], entities: Entity[]): GeoContext {
  const countries = new Map<string, number>();
  const admins = new Map<string, number>();
  for (const c of candidates) {
    const kinds = new Set(c.senses.map((e) => e.kind));
    const countrySenses = c.senses.filter((e) => e.kind === 'country');
    const adminSenses = c.senses.filter((e) => e.kind === 'admin');
    // Only a name that is nothing but a country (or region) is evidence: "Georgia" could be the
    // US state or the country, "Palestine" a Texas town, and must not vote for itself.
    if (kinds.size > 1) continue;
    const share = 1;
    for (const e of countrySenses) bump(countries, e.cc, share / countrySenses.length);
    if (adminSenses.length > 0 && adminSenses.length <= 2) {
      for (const e of adminSenses) {
        bump(admins, adminKey(e)!, share / adminSenses.length);
        bump(countries, e.cc, (0.5 * share) / adminSenses.length);
      }
    }
  }
  for (const ent of entities) {
    if (!ent.country) continue;
    const cc = toAlpha2(ent.country);
    if (cc) bump(countries, cc, 0.5);
  }
  let dateline: GazEntry[] = [];
  if (article.dateline) {
    const parts = article.dateline.place.split(/\s*,\s*/).filter(Boolean);
    for (const p of parts.reverse()) {
      const senses = lookup(p);
      if (senses.length > 0) {
        dateline = senses;
        const best = senses.reduce((a, b) => (b.population > a.population ? b : a));
        if (best.cc) bump(countries, best.cc, 2);
        break;
      }
    }
  }
  return { countries, admins, settledAdmins: new Map(), dateline };
}
