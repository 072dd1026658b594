/** Human-readable progress line and end-of-run summary for `sitrep ingest`. */
import type { IngestProgress } from '../store/types.js';
import type { IngestSummary } from './ingest.js';

export function duration(s: number): string {
  if (s < 60) return `${Math.round(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function progressLine(p: IngestProgress): string {
  const of = p.total !== null ? `/${p.total}` : '';
  const eta = p.etaSeconds !== null ? `  ETA ${duration(p.etaSeconds)}` : '';
  return `${p.processed}${of} inputs  ${p.rate.toFixed(1)}/s  stored ${p.stored}  duplicates ${p.duplicates}  failed ${p.failed}${eta}`;
}

export function summaryText(s: IngestSummary, showFailures = 20): string {
  const rate = s.seconds > 0 ? (s.stored + s.updated + s.duplicates + s.failed) / s.seconds : 0;
  const lines = [
    `done in ${duration(s.seconds)} (${rate.toFixed(1)} inputs/s): ${s.stored} stored, ${s.updated} updated, ` +
      `${s.duplicates} duplicates skipped, ${s.failed} failed; ${s.events} events`,
  ];
  if (s.failed > 0) {
    const byCode = new Map<string, number>();
    for (const f of s.failures) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    lines.push(`failures by reason: ${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}`);
    for (const f of s.failures.slice(0, showFailures)) lines.push(`  ${f.id}: ${f.code}: ${f.message}`);
    if (s.failures.length > showFailures) lines.push(`  … ${s.failed - showFailures} more`);
  }
  return lines.join('\n');
}
