/** A writable with backpressure: `await sink.write(s)` waits for drain when the buffer is full. */
import type { Writable } from 'node:stream';

export class Sink {
  constructor(private readonly out: Writable) {}
  async write(s: string): Promise<void> {
    if (!this.out.write(s)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }
}

/** One TSV cell: tabs and newlines would break the row, so they become spaces. */
export function tsvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/[\t\r\n]+/g, ' ');
}
