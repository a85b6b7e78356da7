// Makes event-supplied text safe to print on an analyst's terminal: control and bidi characters become visible \u escapes.

/** C0 and C1 controls (ESC starts terminal sequences) and the bidi marks, overrides and isolates that reorder a line. */
function unsafe(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Event ids and other client-written strings can carry escape sequences that would rewrite the terminal; they are shown, not obeyed. */
export function terminalSafe(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += unsafe(code) ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }
  return out;
}
