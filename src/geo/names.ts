/**
 * Name keys for gazetteer look-up. A toponym is written many ways: with or without diacritics
 * ("Kŭlob"/"Kulob"), hyphens ("Qurghon-Teppa"/"Qŭrghonteppa"), abbreviations ("St. Louis"), or in
 * another romanisation ("Kulyab", "Kurgan-Tyube"). Three keys, from strict to loose:
 *   - `foldName`: lower case, no diacritics, punctuation as spaces, common abbreviations expanded;
 *   - `compactKey`: the folded name without spaces (hyphen/space variants meet);
 *   - `skeletonKey`: consonant skeleton after merging letters that Russian-English, Persian and
 *     Turkic romanisations write differently (q/k, gh/g, kh/h, zh/j, b/p, w/v, y as a vowel).
 */

const SPECIAL: Record<string, string> = {
  ı: 'i', ø: 'o', ł: 'l', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ŀ: 'l', ħ: 'h',
};

const WORD_MAP: Record<string, string> = {
  saint: 'st', sainte: 'ste', fort: 'ft', mount: 'mt', mountain: 'mtn', port: 'pt',
};

/** Lower-cased, diacritic-free, punctuation-free form; words separated by one space. */
const ASCII = /^[\x20-\x7e]*$/;
const MAPPED_WORD = /\b(?:saint|sainte|fort|mount|mountain|port)\b/;

export function foldName(s: string): string {
  const base = ASCII.test(s)
    ? s.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim()
    : s
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[ıøłđðßæœþŀħ]/g, (c) => SPECIAL[c] ?? c)
        .replace(/['’ʼʻ`´]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
  if (base === '' || !MAPPED_WORD.test(base)) return base;
  return base
    .split(' ')
    .map((w) => WORD_MAP[w] ?? w)
    .join(' ');
}

/** The folded name with spaces removed, and a leading "the" dropped. */
export function compactKey(s: string): string {
  return foldName(s).replace(/^the /, '').replace(/ /g, '');
}

/** The compact key with doubled letters written once: "Tall ‘Afar" and "Tal Afar" meet
 *  (romanisations often drop an Arabic shadda or a doubled consonant). */
export function geminateKey(s: string): string {
  return compactKey(s).replace(/(.)\1+/g, '$1');
}

const SKELETON_RULES: Array<[RegExp, string]> = [
  [/shch/g, 's'],
  [/sch/g, 's'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/zh/g, 'j'],
  [/dj/g, 'j'],
  [/ch/g, 'c'],
  [/sh/g, 's'],
  [/ts/g, 'c'],
  [/tz/g, 'c'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/q/g, 'k'],
  [/ck/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/b/g, 'p'],
  [/[aeiouy]/g, ''],
  [/(.)\1+/g, '$1'],
];

/** Consonant skeleton of the compact key, for matching other romanisations. */
export function skeletonKey(s: string): string {
  // A final "-ah" (Arabic tā' marbūṭa) is written "-a" as often ("Al Manşūrah", "Mansoura").
  let k = compactKey(s).replace(/([aeiou])h$/, '$1');
  if (k === '') return '';
  const first = k[0]!;
  for (const [re, to] of SKELETON_RULES) k = k.replace(re, to);
  // Keep a leading vowel's presence so that "Oman" and "Man" do not meet.
  return /[aeiouy]/.test(first) ? '_' + k : k;
}

/**
 * An Arabic place name without its article ("Al Fayyūm" → "Fayyūm", "Ad Dīwānīyah" → "Dīwānīyah"),
 * as English news often writes it; null when the name has none or too little is left.
 */
export function withoutArabicArticle(name: string): string | null {
  const m = /^(?:al|el|ad|ar|as|ash|at|az|an|adh|ath)[\s-]+(\S.*)$/i.exec(name);
  if (!m || compactKey(m[1]!).length < 4) return null;
  return m[1]!;
}

/** Generic words that name the kind of a region ("Khatlon Province"); stripped for an extra key. */
const REGION_WORDS = /\s+(?:province|region|oblast|oblysy|state|governorate|district|prefecture|department|autonomous (?:province|region|republic|okrug|oblast)|republic|territory|krai|kray|voivodeship|county|municipality|emirate|division|parish)$/i;

export function stripRegionWord(name: string): string {
  return name.replace(REGION_WORDS, '').replace(/^(?:republic of|province of|state of|city of)\s+/i, '').trim();
}
