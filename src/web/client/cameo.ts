/** CAMEO vocabulary for display: root codes, QuadClasses and their colours, Goldstein colours. */
export const ROOTS: Record<string, string> = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
  '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid', '08': 'Yield',
  '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten', '14': 'Protest',
  '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault', '19': 'Fight',
  '20': 'Use unconventional mass violence',
};

export const QUADS: Record<number, { name: string; color: string }> = {
  1: { name: 'Verbal cooperation', color: '#2b8cbe' },
  2: { name: 'Material cooperation', color: '#31a354' },
  3: { name: 'Verbal conflict', color: '#fd8d3c' },
  4: { name: 'Material conflict', color: '#d7301f' },
};

export const quadColor = (q: number): string => QUADS[q]?.color ?? '#777';

/** Goldstein −10…+10 → red…grey…blue. */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [215, 48, 31] : [33, 102, 172];
  const a = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (end[i]! - v) * a));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

let labels: Record<string, { label: string }> = {};

/** Loads the CAMEO code labels built from data/events/cameo.tsv (best effort). */
export async function loadCameo(): Promise<void> {
  try {
    const res = await fetch('/assets/cameo.json');
    if (res.ok) labels = (await res.json()) as typeof labels;
  } catch {
    // labels stay empty: codes are shown without names
  }
}

export function codeLabel(code: string): string {
  const l = labels[code]?.label ?? ROOTS[code.slice(0, 2)] ?? '';
  return l ? `${code} ${l}` : code;
}
