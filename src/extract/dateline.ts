/**
 * Datelines at the head of the first paragraph: "BAGHDAD, Iraq (AP) --", "THE HAGUE (Reuters) –",
 * "YEREVAN, October 11. /TASS/.", or a line of its own ("Tashkent, Uzbekistan, Sept. 6").
 * The dateline stays in the body; this finds where it is, its place and its agency.
 */
import { readTsv } from '../core/data-dir.js';

export interface DatelineMatch {
  /** Offset just past the dateline (the separator included) within the paragraph. */
  end: number;
  place: string;
  agency: string | null;
}

const MON = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\.?';
const CAPS_WORD = "[A-Z][A-Z'’.\\-]+";
/** A capitalised place word that is not the month of a following date ("October 11"). */
const PLACE_WORD = "(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d)[A-Z][A-Za-z'’.\\-]+";
const CAPS_DATELINE = new RegExp(
  `^(${CAPS_WORD}(?:\\s${CAPS_WORD}){0,3}(?:,\\s*${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2})?)` + // place
    `,?\\s*(?:${MON}\\s*)?` + // date
    `(?:\\(([^()]{2,40})\\)|/([A-Z][A-Za-z\\-]{1,15})/\\.?)?` + // agency
    // A dash may also end the paragraph: "WASHINGTON —" on a line of its own above the text.
    `\\s*(?:(--|—|–|-|:|\\.(?=\\s))?(?=\\s)|(--|—|–)$)`,
);
const OWN_LINE = new RegExp(`^(${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2}(?:,\\s*${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2})?),\\s*${MON}$`);

let agencies: Set<string> | null = null;
function agencySet(): Set<string> {
  agencies ??= new Set(readTsv('extract', 'agencies.tsv').map((r) => r['name']!.toLowerCase()));
  return agencies;
}

/** True when the name is a known agency ("AP", "Reuters"). */
export function isAgency(name: string): boolean {
  return agencySet().has(name.trim().toLowerCase());
}

/** The dateline at the start of a paragraph, or null. */
export function findDateline(paragraph: string): DatelineMatch | null {
  const own = OWN_LINE.exec(paragraph);
  if (own) return { end: paragraph.length, place: own[1]!, agency: null };
  const m = CAPS_DATELINE.exec(paragraph);
  if (!m) return agencyLead(paragraph);
  const place = m[1]!.replace(/[,.\s]+$/, '');
  const agency = m[2] ?? m[3] ?? null;
  const sep = m[4] ?? m[5];
  const capsLetters = place.split(',')[0]!.replace(/[^A-Za-z]/g, '');
  if (capsLetters.length < 3 || capsLetters !== capsLetters.toUpperCase()) return null;
  if (!sep && !agency) return null;
  if (agency && !isAgency(agency) && !/^[A-Z][\w /.-]*$/.test(agency)) return null;
  // An upper-case lead-in that is a known agency only ("AFP - ...") has no place.
  if (isAgency(place) && !agency) return agencyLead(paragraph);
  return { end: m[0].length, place, agency };
}

/** "AFP - Taliban militants ..." : an agency without a place. Returns the agency only. */
function agencyLead(paragraph: string): DatelineMatch | null {
  const m = /^([A-Z][A-Za-z/]{1,12})\s*(?:--|—|–|-)\s/.exec(paragraph);
  if (m && isAgency(m[1]!)) return { end: m[0].trimEnd().length, place: '', agency: m[1]! };
  return null;
}
