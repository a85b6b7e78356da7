// Which uploaded evidence files are accepted: a short allow-list checked by magic bytes, and size limits.
import { err, ok, type Result } from '../result.ts';

export const MAX_EVIDENCE_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 6;

/** Only formats a browser shows inertly or downloads; nothing scriptable (no SVG, no HTML, no Office macros). */
const sniffable: Readonly<Record<string, string>> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/gif': 'gif', 'application/pdf': 'pdf',
};

/** The file extension an accepted media type is stored and served under. */
export function extensionOf(mediaType: string): string {
  return sniffable[mediaType] ?? (mediaType === 'text/csv' ? 'csv' : mediaType === 'text/plain' ? 'txt' : 'bin');
}

export type AcceptedFile = { readonly mediaType: string; readonly extension: string };

/** C0 controls and DEL; `keepLineBreaks` spares tab, line feed and carriage return. */
export function isControlCode(code: number, keepLineBreaks: boolean): boolean {
  if (keepLineBreaks && (code === 9 || code === 10 || code === 13)) return false;
  return code < 32 || code === 127;
}

export function withoutControls(text: string): string {
  return [...text].filter((ch) => !isControlCode(ch.codePointAt(0)!, false)).join('');
}

function isPlainText(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Control characters other than tab and line breaks mark a binary file renamed to .txt.
    for (let i = 0; i < text.length; i += 1) if (isControlCode(text.charCodeAt(i), true)) return false;
    return true;
  } catch {
    return false;
  }
}

/**
 * `sniffed` is the type found from the file's magic bytes (undefined when none matched). The declared name or
 * content type is never trusted: a renamed executable is refused, a text file must really be UTF-8 text.
 */
export function acceptEvidenceFile(name: string, bytes: Uint8Array, sniffed: string | undefined): Result<AcceptedFile, string> {
  if (bytes.length === 0) return err('is empty');
  if (bytes.length > MAX_EVIDENCE_FILE_BYTES) return err(`is larger than ${MAX_EVIDENCE_FILE_BYTES} bytes`);
  if (sniffed) {
    const extension = sniffable[sniffed];
    return extension ? ok({ mediaType: sniffed, extension }) : err(`is a ${sniffed} file; only PNG, JPEG, WebP, GIF, PDF, CSV and TXT are accepted`);
  }
  const lower = name.toLowerCase();
  const textExtension = lower.endsWith('.csv') ? 'csv' : lower.endsWith('.txt') ? 'txt' : undefined;
  if (!textExtension) return err('is not a PNG, JPEG, WebP, GIF or PDF file, and text evidence must be named .csv or .txt');
  if (!isPlainText(bytes)) return err('is named as text but is not UTF-8 text');
  return ok({ mediaType: textExtension === 'csv' ? 'text/csv' : 'text/plain', extension: textExtension });
}
