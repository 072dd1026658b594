/** Intent codes and kinds of material aid. */
import { readTsv } from '../core/data-dir.js';

let aidKinds: Array<{ re: RegExp; suffix: string }> | null = null;
/** "provide … army with assistance" → military aid. From `data/events/aid-kinds.tsv`. */
function aidSuffix(window: string): string | null {
  aidKinds ??= readTsv('events', 'aid-kinds.tsv').map((r) => ({ re: new RegExp(`\\b(?:${r['keywords']})\\b`, 'i'), suffix: r['digit']! }));
  for (const k of aidKinds) if (k.re.test(window)) return k.suffix;
  return null;
}

/**
 * Intended actions become CAMEO's "express intent" codes: aid → 033x, meetings → 036,
 * cooperation → 030/031, yielding → 035 (release → 0353); intended force or coercion is a threat.
 */
export function applyIntent(code: string, intended: boolean, windowText: string): string {
  if (code.startsWith('07')) {
    const digit = aidSuffix(windowText);
    if (intended) return '033' + (digit ?? '');
    return digit ? '07' + digit : code;
  }
  if (!intended) return code;
  const root = code.slice(0, 2);
  if (root === '04') return '036';
  if (root === '05') return '030';
  if (root === '06') return '031';
  if (code === '0841') return '0353';
  if (root === '08') return '035';
  if (['18', '19', '20'].includes(root)) return '138';
  if (['15', '16', '17'].includes(root)) return '130';
  if (code.startsWith('143')) return '1312'; // "would boycott": threaten to boycott
  if (root === '14') return '133'; // "would protest": threaten political dissent
  return code;
}

