/** Progress of running ingests (GET /api/ingests), polled every few seconds into the header. */
import { api, explain, type IngestRow } from './api.js';
import { h, mount } from './dom.js';

/** Poll often while an ingest runs, less when none does. */
const POLL_MS = { running: 1000, idle: 2500 };

function describe(i: IngestRow): HTMLElement {
  const counts = `${i.stored} stored, ${i.duplicates} duplicate${i.duplicates === 1 ? '' : 's'}, ${i.failed} failed`;
  if (i.status === 'running') {
    const of = i.total !== null ? ` of ${i.total}` : '';
    const eta = i.etaSeconds !== null ? ` · about ${i.etaSeconds} s left` : '';
    return h(
      'div',
      { class: 'ingest running' },
      h('label', { for: `ingest-${i.id}` }, `Ingesting: ${i.processed}${of} inputs (${counts}) · ${i.rate}/s${eta}`),
      ' ',
      h('progress', { id: `ingest-${i.id}`, max: i.total ?? 0, value: i.processed }),
    );
  }
  const when = new Date(i.updatedAt).toLocaleString();
  const word = i.status === 'done' ? 'finished' : i.status === 'failed' ? 'failed' : 'stopped reporting (stale)';
  return h('div', { class: `ingest ${i.status}` }, `Last ingest ${word} ${when}: ${i.processed} inputs, ${counts}.`);
}

export function startIngestPoller(host: HTMLElement): void {
  const tick = async () => {
    let busy = false;
    try {
      const { items } = await api.ingests();
      const running = items.filter((i) => i.status === 'running');
      busy = running.length > 0;
      if (running.length) mount(host, ...running.map(describe));
      else if (items[0]) mount(host, describe(items[0]));
      else mount(host, h('div', { class: 'ingest none' }, 'No ingest recorded yet. Run `sitrep ingest FILE|DIR --db …` to add articles.'));
    } catch (err) {
      mount(host, h('div', { class: 'ingest error' }, `Ingest progress unavailable. ${explain(err)}`));
    }
    setTimeout(tick, busy ? POLL_MS.running : POLL_MS.idle);
  };
  void tick();
}
