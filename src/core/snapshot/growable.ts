// Append-only typed-array columns that double their capacity, so millions of rows cost bytes, not objects.
type TypedArray = Int8Array | Uint8Array | Int32Array | Uint32Array | Float64Array;
type TypedArrayConstructor<T extends TypedArray> = { new (length: number): T };

export class Growable<T extends TypedArray> {
  private data: T;
  private length = 0;

  constructor(
    private readonly Kind: TypedArrayConstructor<T>,
    initialCapacity = 1024,
  ) {
    this.data = new Kind(initialCapacity);
  }

  get size(): number {
    return this.length;
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length] = value;
    this.length += 1;
  }

  /** Makes room for `extra` more values and returns the backing array and the offset to write at. */
  reserve(extra: number): { data: T; offset: number } {
    if (this.length + extra > this.data.length) this.grow(this.length + extra);
    const offset = this.length;
    this.length += extra;
    return { data: this.data, offset };
  }

  /** Drops the last `count` values, e.g. the unused tail of a `reserve`. */
  rewind(count: number): void {
    this.length = Math.max(0, this.length - count);
  }

  /** A view of exactly the written values; the builder must not push after this. */
  finish(): T {
    return this.data.subarray(0, this.length) as T;
  }

  private grow(minimum: number): void {
    let capacity = this.data.length * 2;
    while (capacity < minimum) capacity *= 2;
    const next = new this.Kind(capacity);
    next.set(this.data);
    this.data = next;
  }
}

export const growInt32 = (capacity?: number) => new Growable(Int32Array, capacity);
export const growFloat64 = (capacity?: number) => new Growable(Float64Array, capacity);
export const growInt8 = (capacity?: number) => new Growable(Int8Array, capacity);
export const growUint8 = (capacity?: number) => new Growable(Uint8Array, capacity);
