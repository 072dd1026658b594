/**
 * Attribution search: the cue and speaker for a stretch of text, looked for after it
 * ('…," he said.' / '…," said Putin.' / '…, according to X.') or before it ('Putin said: "…' /
 * 'Ushakov added that Russia would pay "…'). Token ranges are half-open.
 */
import type { Token } from '../core/types.js';
import type { Attribution } from './candidate.js';
import { cueAt, cuesIn, type CueMatch } from './cues.js';
import { phraseEndingAt, sentenceSubject, sourceAfter, speakerAfter, speakerBefore } from './speaker-span.js';

function asAttribution(tokens: Token[], first: number, end: number, speaker: Attribution['speaker']): Attribution {
  return { cue: { start: tokens[first]!.start, end: tokens[end - 1]!.end }, speaker };
}

/**
 * "Interfax quoted the rebel leader Ivan Petrov as saying" / "Petrov was quoted as saying": the
 * person quoted is the speaker, not the outlet. `k`: the token of "saying".
 */
function quotedAsSaying(tokens: Token[], k: number, lo: number): Attribution['speaker'] {
  if (tokens[k - 1]?.text.toLowerCase() !== 'as') return null;
  for (let q = k - 2; q >= lo && q >= k - 14; q--) {
    if (tokens[q]!.text.toLowerCase() !== 'quoted') continue;
    if (q + 1 < k - 1) return phraseEndingAt(tokens, k - 2, q + 1);
    return speakerBefore(tokens, q, lo);
  }
  return null;
}

/**
 * A cue with its speaker in tokens [lo, hi), the cue within `reach` tokens of `lo`. A phrase
 * standing right at `lo` is preferred as the speaker ('," Scott Pruitt, the attorney general of
 * Oklahoma, said'), so the cue may then stand further away.
 */
export function attributionAfter(tokens: Token[], lo: number, hi: number, reach = 12): Attribution | null {
  let w = lo;
  while (w < hi && tokens[w]!.kind === 'punct') w++;
  const leading = speakerAfter(tokens, w, hi);
  const far = leading ? Math.max(reach, 40) : reach;
  for (let k = lo; k < Math.min(hi, lo + far); k++) {
    const cue = cueAt(tokens, k, lo, hi);
    if (!cue) continue;
    if (k - lo > reach && leading && tokens.slice(leading.end, k).some((t) => /^["“”]$/.test(t.text))) break;
    let speaker = null;
    const quotedAs = cue.form.lemma === 'say' ? quotedAsSaying(tokens, k, lo) : null;
    if (cue.form.lemma === 'according to') speaker = sourceAfter(tokens, cue.end, hi);
    else if (quotedAs) speaker = quotedAs;
    else {
      // A name right before the cue beats a leading phrase that stops short of it
      // ('," EU mission head Ann Berg said': the speaker is Ann Berg, not the EU).
      const adjacent = leading && leading.end < k && !tokens.slice(leading.end, k).some((t) => t.kind === 'punct') ? speakerBefore(tokens, k, lo) : null;
      speaker = adjacent && adjacent.first >= leading!.first ? adjacent : leading && leading.end <= k ? leading : speakerBefore(tokens, k, lo);
      const onlyPunct = tokens.slice(lo, k).every((t) => t.kind === 'punct');
      if (!speaker && onlyPunct) speaker = speakerAfter(tokens, cue.end, hi);
    }
    if (speaker) return asAttribution(tokens, cue.first, cue.end, speaker);
    if (k - lo >= reach) break;
    k = cue.end - 1;
  }
  return null;
}

/**
 * A bare speech cue ending right before `first` (optionally with "that") whose own speaker
 * precedes it: the outer report around a nested one.
 */
function outerReport(tokens: Token[], cues: ReturnType<typeof cuesIn>, first: number, lo: number): Attribution | null {
  const at = tokens[first - 1]?.text.toLowerCase() === 'that' ? first - 1 : first;
  const outer = cues.find((c) => c.end === at && c.form.bare && (c.form.kind === 'speech' || c.form.kind === 'assert'));
  if (!outer) return null;
  const speaker = speakerBefore(tokens, outer.first, lo);
  return speaker ? asAttribution(tokens, outer.first, outer.end, speaker) : null;
}

/**
 * "She pleads with him and repeatedly says, "…"": a verb coordinated with "and"/"but" (adverbs
 * between) shares the subject that opens the sentence.
 */
function coordinatedSubject(tokens: Token[], k: number, lo: number): Attribution['speaker'] {
  let b = k - 1;
  while (b > lo && /^[a-z]{3,}ly$|^(?:also|then|later)$/.test(tokens[b]!.text)) b--;
  return b > lo && /^(?:and|but)$/.test(tokens[b]!.text) ? sentenceSubject(tokens, lo, b) : null;
}

/** Only punctuation between the cue and the quote ('says, "…"'): the cue introduces the whole quote. */
function introduces(tokens: Token[], end: number, hi: number): boolean {
  return tokens.slice(end, hi).every((t) => t.kind === 'punct');
}

/**
 * A stance whose object is what it judges ("denounced them as "traitors"", "welcomed the move as
 * "a first step""): quoted words in that object are the holder's own words, a partial quote.
 * Intentions ("wants to …") and views without an object are no frame for quoted words.
 */
const judgesObject = (c: CueMatch) => c.form.kind !== 'attitude' || (c.form.object && !c.form.infinitive);

/**
 * The cue nearest before token `hi` (sentence from `lo`) that has a speaker. `stances`: a stance
 * verb with its object counts as a cue too (for partial quotes).
 */
export function attributionBefore(tokens: Token[], lo: number, hi: number, sentEnd = hi, stances = false): Attribution | null {
  const cues = cuesIn(tokens, lo, hi, stances).filter(judgesObject).reverse();
  // "Protesters marched, chanting "…"" / "… while chanting": a participle cue has the subject of
  // the clause before it, found through that clause's own cue or subject.
  let participle: (typeof cues)[number] | null = null;
  for (const cue of cues) {
    const before = tokens[cue.first - 1]?.text.toLowerCase() ?? '';
    if (!participle && /ing$/.test(tokens[cue.first]!.text) && (before === ',' || before === 'while' || before === 'by')) {
      participle = cue;
      continue;
    }
    // "Calling the deal "a disaster", the senator …": a participle opening the sentence has the
    // main clause's subject (after the participle's comma), not its own object, as speaker.
    if (cue.first === lo && /ing$/.test(tokens[cue.first]!.text)) {
      let comma = hi;
      while (comma < sentEnd && comma - hi < 25 && tokens[comma]!.text !== ',') comma++;
      const subject = comma < sentEnd && tokens[comma]!.text === ',' ? speakerAfter(tokens, comma + 1, sentEnd) : null;
      if (subject) return asAttribution(tokens, cue.first, cue.end, subject);
      continue;
    }
    // "Said Ellis: …": a cue opening its sentence names its speaker after it.
    const speaker =
      cue.form.lemma === 'according to'
        ? sourceAfter(tokens, cue.end, hi)
        : speakerBefore(tokens, cue.first, lo) ?? (cue.first === lo ? speakerAfter(tokens, cue.end, hi) : introduces(tokens, cue.end, hi) ? coordinatedSubject(tokens, cue.first, lo) : null);
    const c = participle ?? cue;
    if (speaker && !participle && cue.form.lemma !== 'according to') {
      // "Jones said the army had told him the arsenal was "safe"": the inner report sits inside
      // the outer speaker's clause; the words reach the reporter through the outer speaker.
      const outer = outerReport(tokens, cues, speaker.first, lo);
      if (outer) return outer;
    }
    if (speaker) return asAttribution(tokens, c.first, c.end, speaker);
  }
  const subject = participle ? sentenceSubject(tokens, lo, participle.first) : null;
  return participle && subject ? asAttribution(tokens, participle.first, participle.end, subject) : null;
}
