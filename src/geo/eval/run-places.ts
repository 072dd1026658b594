/**
 * Runs sitrep's places stage on a bare text (one paragraph, no dateline, no entities) the way
 * the geoparsing benchmarks present their documents.
 */
import type { Article } from '../../core/types.js';
import { segment } from '../../nlp/segment.js';
import { recognize } from '../../nlp/ner/index.js';
import { resolvePlacesWith, type PlacesOptions } from '../index.js';
import type { PredictedToponym } from './corpora.js';

export function articleFromText(text: string): Article {
  return {
    title: null, published: null, url: null, byline: null, language: 'en', site: null,
    text, caption: null, credits: [], paragraphs: [{ start: 0, end: text.length }], dateline: null,
  };
}

export function placesOfText(text: string, options: PlacesOptions = {}) {
  const article = articleFromText(text);
  const seg = segment(text, article.paragraphs);
  const named = recognize(text, seg);
  return resolvePlacesWith({ article, seg, named, entities: [] }, options);
}

export function predictToponyms(text: string, options: PlacesOptions = {}): PredictedToponym[] {
  return placesOfText(text, options)
    .flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, lat: p.lat, lon: p.lon, geonameId: p.geonameId })))
    .sort((a, b) => a.start - b.start);
}
