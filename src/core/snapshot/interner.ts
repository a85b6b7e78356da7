// Maps identifier strings to dense integers and back; spills into further Maps so one namespace can pass V8's 2^24-entry limit.

/** Stay clear of V8's hard limit of 2^24 entries per Map or Set. */
const MAP_CAPACITY = (1 << 24) - 1024;

export class Interner {
  private readonly maps: Map<string, number>[] = [new Map<string, number>()];
  private readonly names: string[] = [];

  get size(): number {
    return this.names.length;
  }

  /** The integer for `key`, assigning the next one on first sight. */
  intern(key: string): number {
    const found = this.find(key);
    if (found >= 0) return found;
    let last = this.maps[this.maps.length - 1]!;
    if (last.size >= MAP_CAPACITY) {
      last = new Map<string, number>();
      this.maps.push(last);
    }
    const index = this.names.length;
    last.set(key, index);
    this.names.push(key);
    return index;
  }

  /** The integer for `key`, or -1 when it was never interned. */
  find(key: string): number {
    for (const map of this.maps) {
      const found = map.get(key);
      if (found !== undefined) return found;
    }
    return -1;
  }

  name(index: number): string {
    const name = this.names[index];
    if (name === undefined) throw new RangeError(`no interned name at ${index}`);
    return name;
  }
}

/** A set of strings with the same spill-over, for de-duplicating event ids in a stream. */
export class StringSet {
  private readonly sets: Set<string>[] = [new Set<string>()];
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds `key`; returns false when it was already present. */
  add(key: string): boolean {
    for (const set of this.sets) if (set.has(key)) return false;
    let last = this.sets[this.sets.length - 1]!;
    if (last.size >= MAP_CAPACITY) {
      last = new Set<string>();
      this.sets.push(last);
    }
    last.add(key);
    this.count += 1;
    return true;
  }
}
