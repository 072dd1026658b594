/**
 * Word counts and sentence ends that also work for scripts without spaces (Chinese, Japanese,
 * Thai): two such characters count as one word.
 */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f\uf900-\ufaff]/g;

export function wordCount(s: string): number {
  const spaced = s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const cjk = s.match(CJK)?.length ?? 0;
  return cjk > 0 ? Math.max(spaced, Math.ceil(cjk / 2)) : spaced;
}

/** Ends like a sentence, a quotation or an abbreviation ("U.S."). */
export const SENTENCE_END = /[.!?…:;"”’'»)\]。！？」』）]$/;

export function endsSentence(s: string): boolean {
  return SENTENCE_END.test(s);
}
