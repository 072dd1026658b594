/**
 * HTML page → article parts: parse, collect blocks, select the main content, then refine the
 * kept blocks (furniture phrases, credit lines, link lists, short labels at the edges).
 * When the page's JSON-LD articleBody is much longer than what was selected, it is used instead.
 */
import type { InputMeta } from '../../core/types.js';
import type { ArticleParts } from '../assemble.js';
import { furnitureRole } from '../boilerplate.js';
import { parseCredits } from '../credits.js';
import { isDateLine, parseDate } from '../dates.js';
import { isAuthorNote, parseByline } from '../text/roles.js';
import { endsSentence, wordCount } from '../words.js';
import { collectBlocks, paragraphShare, type Block } from './blocks.js';
import { selectContent } from './content.js';
import { readJsonLd } from './jsonld.js';
import { decodeLeftoverEntities, readMetadata } from './metadata.js';
import { parseHtml, preOrder, type HNode } from './parse.js';


/** Labels at the edges of the content ("Share", "Advertisement", a date, a byline). */
function isEdgeLabel(b: Block, title: string | null): boolean {
  const t = b.text;
  if (title && t.toLowerCase() === title.toLowerCase()) return true;
  if (isDateLine(t) || parseByline(t)) return true;
  return wordCount(t) < 5 && !endsSentence(t);
}

export function refineBlocks(blocks: Block[], title: string | null): { paragraphs: string[]; credits: string[]; date: string | null } {
  const kept: Block[] = [];
  const credits: string[] = [];
  for (const b of blocks) {
    const len = b.text.length;
    const cred = parseCredits(b.text);
    if (cred) {
      credits.push(...cred);
      continue;
    }
    const role = furnitureRole(b.text);
    if (role === 'tail' && kept.length > 2) break;
    if (role) continue;
    // Lists of links (navigation, "related") inside the content; a sentence with links stays.
    const density = b.linkChars / len;
    if (density > 0.5 && !(b.kind === 'p' && (len > 150 || (density < 0.9 && endsSentence(b.text) && wordCount(b.text) >= 8)))) continue;
    kept.push(b);
  }
  let first = 0;
  let date: string | null = null;
  while (first < kept.length && isEdgeLabel(kept[first]!, title)) {
    // A date line above the article ("November 18, 2019") is its publication date.
    if (date === null && isDateLine(kept[first]!.text)) date = parseDate(kept[first]!.text);
    first++;
  }
  kept.splice(0, first);
  while (kept.length > 0 && isEdgeLabel(kept[kept.length - 1]!, null)) kept.pop();
  // A note about the author closes the article ("Steven Mufson covers the White House.").
  for (let i = Math.max(1, kept.length - 3); i < kept.length; i++) {
    if (isAuthorNote(kept[i]!.text)) {
      kept.length = i;
      break;
    }
  }
  return { paragraphs: kept.map((b) => b.text), credits, date };
}

const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The article's own headline at the head of the content: a short first paragraph without a final
 * period that one of the page's title candidates (JSON-LD, og:title, <h1>, <title>) contains or
 * mostly shares words with. It becomes the title and leaves the body.
 */
export function leadingHeadline(paragraphs: string[], candidates: Array<string | null | undefined>): string | null {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2 || /[.:]$/.test(first)) return null;
  const w = wordsOf(first);
  if (w.length < 3 || w.length > 25) return null;
  for (const c of candidates) {
    if (!c) continue;
    const cw = new Set(wordsOf(c));
    const shared = w.filter((x) => cw.has(x)).length;
    if (shared / w.length >= 0.75 && shared / Math.max(1, cw.size) >= 0.7) return first;
  }
  return null;
}

/** The JSON-LD body as paragraphs (its line breaks, or one paragraph). */
function ldParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

/** The first figure caption near the article (under the top element's grandparent), else the first. */
function pickCaption(captions: Array<{ text: string; idx: number }>, top: HNode | null): string | null {
  const area = top?.parent?.parent ?? top;
  const near = area ? captions.find((c) => area.idx <= c.idx && c.idx <= area.end) : undefined;
  return (near ?? captions[0])?.text ?? null;
}

export function extractHtmlParts(html: string, meta: InputMeta = {}): ArticleParts {
  const page = parseHtml(html);
  const nodes = preOrder(page.root);
  const ld = readJsonLd(page.jsonLd);
  const info = readMetadata(page, ld, nodes, meta.url ?? null);
  const { blocks, captions } = collectBlocks(page.root, paragraphShare(nodes));
  const selection = selectContent(nodes, blocks, ld?.articleBody ?? null);
  const refined = refineBlocks(selection.blocks, info.title);
  let paragraphs = refined.paragraphs;
  const credits = refined.credits;
  const headline = leadingHeadline(paragraphs, [ld?.headline, page.metas.get('og:title'), page.metas.get('twitter:title'), page.title]);
  if (headline) paragraphs = paragraphs.slice(1);
  const selectedChars = paragraphs.reduce((n, p) => n + p.length, 0);
  const ldBody = ld?.articleBody ? decodeLeftoverEntities(ld.articleBody.replace(/<[^>]{0,200}>/g, ' ')) : null;
  if (ldBody && ldBody.length > 200 && selectedChars < 0.5 * ldBody.length) {
    paragraphs = ldParagraphs(ldBody);
  }
  return {
    paragraphs,
    title: headline ?? info.title,
    published: info.published ?? refined.date,
    byline: info.byline,
    language: info.language,
    site: info.site,
    url: info.url,
    caption: pickCaption(captions, selection.top),
    credits,
  };
}
