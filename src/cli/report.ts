/** The human-readable `--format text` report of one result. */
import type { ExtractResult } from '../core/types.js';

export function formatReport(r: ExtractResult): string {
  const a = r.article;
  const out: string[] = [];
  const snip = (s: { start: number; end: number }) => a.text.slice(s.start, s.end);
  out.push(`# ${a.title ?? '(untitled)'}`);
  out.push([a.published && `published ${a.published}`, a.byline && `by ${a.byline}`, a.url].filter(Boolean).join(' · '));
  if (a.caption) out.push(`caption: ${a.caption}`);
  if (a.credits.length) out.push(`credits: ${a.credits.join('; ')}`);
  out.push(`${a.text.length} characters, ${r.sentences.length} sentences`);
  out.push('', `## Entities (${r.entities.length})`);
  for (const e of r.entities) {
    out.push(`- ${e.name} [${e.type}${e.country ? ' ' + e.country : ''}${e.actorCode ? ' ' + e.actorCode : ''}]${e.role ? ' — ' + e.role : ''} (${e.mentions.length} mentions)`);
  }
  out.push('', `## Places (${r.places.length})`);
  for (const p of r.places) {
    out.push(`- ${p.name} → ${p.geonameId ?? '?'} ${p.countryCode ?? ''} ${p.lat != null ? `(${p.lat.toFixed(3)}, ${p.lon!.toFixed(3)})` : ''} ${p.kind}`);
  }
  out.push('', `## Times (${r.times.length})`);
  for (const t of r.times) out.push(`- "${t.text}" → ${t.value} (${t.type})`);
  out.push('', `## Amounts (${r.amounts.length})`);
  for (const m of r.amounts) out.push(`- "${m.text}" → ${m.value} ${m.object ?? ''}`);
  out.push('', `## Quotes (${r.quotes.length})`);
  for (const q of r.quotes) {
    out.push(`- [${q.kind}] ${q.speaker ? q.speaker.name + ' (via "' + snip(q.speaker) + '")' : '(no speaker)'}: "${q.text.length > 100 ? q.text.slice(0, 97) + '…' : q.text}"`);
  }
  out.push('', `## Events (${r.events.length})`);
  for (const e of r.events) {
    out.push(`- ${e.code} ${e.actor1?.code ?? '---'} → ${e.actor2?.code ?? '---'} ${e.date ?? ''}${e.place ? ' @ ' + e.place.name : ''} [${e.modality}]`);
    out.push(`    "${e.evidence}"`);
  }
  out.push('', `## Facts (${r.facts.length})`);
  for (const f of r.facts) out.push(`- ${f.kind}: ${JSON.stringify(f.fields)}`);
  if (r.diagnostics.length) {
    out.push('', `## Diagnostics (${r.diagnostics.length})`);
    for (const d of r.diagnostics) out.push(`- ${d.stage} ${d.code}: ${d.message}`);
  }
  return out.join('\n');
}
