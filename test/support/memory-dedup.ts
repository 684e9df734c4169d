/** An in-memory DedupStore for channel tests (the SQLite one is tested in test/db). */
import type { DedupStore } from '../../adapters/db/ports.ts';

export class MemoryDedup implements DedupStore {
  readonly seen = new Set<string>();
  async claim(key: string): Promise<boolean> {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}
