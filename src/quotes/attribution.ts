/**
 * Attribution search: the cue and speaker for a stretch of text, looked for after it
 * ('…," he said.' / '…," said Putin.' / '…, according to X.') or before it ('Putin said: "…' /
 * 'Ushakov added that Russia would pay "…'). Token ranges are half-open.
 */
import type { Token } from '../core/types.js';
import type { Attribution } from './candidate.js';
import { cueAt, cuesIn } from './cues.js';
import { sourceAfter, speakerAfter, speakerBefore } from './speaker-span.js';

function asAttribution(tokens: Token[], first: number, end: number, speaker: Attribution['speaker']): Attribution {
  return { cue: { start: tokens[first]!.start, end: tokens[end - 1]!.end }, speaker };
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
    if (cue.form.lemma === 'according to') speaker = sourceAfter(tokens, cue.end, hi);
    else {
      speaker = leading && leading.end <= k ? leading : speakerBefore(tokens, k, lo);
      const onlyPunct = tokens.slice(lo, k).every((t) => t.kind === 'punct');
      if (!speaker && onlyPunct) speaker = speakerAfter(tokens, cue.end, hi);
    }
    if (speaker) return asAttribution(tokens, cue.first, cue.end, speaker);
    if (k - lo >= reach) break;
    k = cue.end - 1;
  }
  return null;
}

/** The cue nearest before token `hi` (sentence from `lo`) that has a speaker. */
export function attributionBefore(tokens: Token[], lo: number, hi: number): Attribution | null {
  const cues = cuesIn(tokens, lo, hi).reverse();
  for (const cue of cues) {
    const speaker =
      cue.form.lemma === 'according to' ? sourceAfter(tokens, cue.end, hi) : speakerBefore(tokens, cue.first, lo);
    if (speaker) return asAttribution(tokens, cue.first, cue.end, speaker);
  }
  return null;
}
