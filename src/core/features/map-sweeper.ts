// Deletes expired entries of a large Map a few at a time, so memory stays bounded without a pause that would show in p99 latency.

export class MapSweeper<K, V> {
  private iterator: Iterator<[K, V]> | undefined;

  constructor(private readonly map: Map<K, V>, private readonly perStep = 8) {}

  /** Visits up to `perStep` entries (resuming where it stopped) and deletes those `expired` says are done. */
  step(expired: (value: V) => boolean): void {
    for (let n = 0; n < this.perStep; n += 1) {
      this.iterator ??= this.map.entries();
      const next = this.iterator.next();
      if (next.done) {
        this.iterator = undefined;
        return;
      }
      // Deleting the entry just visited is safe: Map iterators follow live changes.
      if (expired(next.value[1])) this.map.delete(next.value[0]);
    }
  }
}
