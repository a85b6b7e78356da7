// Free text stored as UTF-8 bytes in one growing buffer with offsets, decoded only when a detector reads it.
import { growFloat64, growUint8 } from './growable.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export type TextColumn = {
  readonly size: number;
  /** The text of a row, or undefined when the field was absent. */
  get(row: number): string | undefined;
};

export class TextArenaBuilder {
  private readonly bytes = growUint8(64 * 1024);
  /** Start offsets; a row whose start is -1 had no value. Float64 so the arena can pass 4 GB. */
  private readonly starts = growFloat64();
  private readonly ends = growFloat64();

  push(text: string | undefined): void {
    if (text === undefined) {
      this.starts.push(-1);
      this.ends.push(-1);
      return;
    }
    // UTF-8 never needs more than 3 bytes per UTF-16 code unit.
    const { data, offset } = this.bytes.reserve(text.length * 3);
    const { written } = encoder.encodeInto(text, data.subarray(offset));
    this.bytes.rewind(text.length * 3 - written);
    this.starts.push(offset);
    this.ends.push(offset + written);
  }

  finish(): TextColumn {
    const bytes = this.bytes.finish();
    const starts = this.starts.finish();
    const ends = this.ends.finish();
    return {
      size: starts.length,
      get(row) {
        const start = starts[row];
        if (start === undefined || start < 0) return undefined;
        return decoder.decode(bytes.subarray(start, ends[row]));
      },
    };
  }
}
