/** Placeholder replaced below. */
export async function enqueueInputs(_q: string, _db: string, _items: AsyncIterable<unknown>): Promise<{ enqueued: number; failed: number }> {
  throw new Error('queue not built yet');
}
