// The report form's state: evidence files checked against the API's limits before upload, the multipart body, and API field errors per field.
import { MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_FILES } from '../../../src/core/reports/evidence-policy.ts';
import type { ApiError } from '../api/client.ts';

export { MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_FILES };

export type ReportDraft = { readonly targetType: string; readonly targetId: string; readonly category: string; readonly description: string };
export type FormField = keyof ReportDraft | 'files';
export type FileLike = Pick<File, 'name' | 'size' | 'type'>;

/**
 * The server decides a file's type by its magic bytes and takes text only when named .csv or .txt; the browser can only
 * look at the name and declared type, so this is an early hint and the server's answer stays the rule.
 */
const ACCEPTED: readonly { readonly extensions: readonly string[]; readonly mediaType: string }[] = [
  { extensions: ['.png'], mediaType: 'image/png' },
  { extensions: ['.jpg', '.jpeg'], mediaType: 'image/jpeg' },
  { extensions: ['.webp'], mediaType: 'image/webp' },
  { extensions: ['.gif'], mediaType: 'image/gif' },
  { extensions: ['.pdf'], mediaType: 'application/pdf' },
  { extensions: ['.csv'], mediaType: 'text/csv' },
  { extensions: ['.txt'], mediaType: 'text/plain' },
];

/** For the file input's `accept`: the picker then offers only what the API takes. */
export const acceptAttribute = ACCEPTED.flatMap((a) => [...a.extensions, a.mediaType]).join(',');

export type FileProblem = { readonly name: string; readonly problem: 'type' | 'size' | 'empty' };

export function checkFile(file: FileLike): FileProblem['problem'] | undefined {
  const lower = file.name.toLowerCase();
  if (!ACCEPTED.some((a) => a.extensions.some((extension) => lower.endsWith(extension)))) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_EVIDENCE_FILE_BYTES) return 'size';
  return undefined;
}

/** The files to keep after a pick: the accepted ones up to the API's count, and what was refused and why. */
export function addFiles<T extends FileLike>(kept: readonly T[], picked: readonly T[]): { files: T[]; refused: FileProblem[]; overCount: number } {
  const files = [...kept];
  const refused: FileProblem[] = [];
  let overCount = 0;
  for (const file of picked) {
    const problem = checkFile(file);
    if (problem) refused.push({ name: file.name, problem });
    else if (files.length >= MAX_EVIDENCE_FILES) overCount += 1;
    else files.push(file);
  }
  return { files, refused, overCount };
}

/** Exactly what POST /v1/reports reads from multipart: a `report` field holding the intake as JSON, and each file under `files`. */
export function reportFormData(draft: ReportDraft, files: readonly File[]): FormData {
  const form = new FormData();
  form.set('report', JSON.stringify({ target: { type: draft.targetType, id: draft.targetId.trim() }, category: draft.category, description: draft.description }));
  for (const file of files) form.append('files', file, file.name);
  return form;
}

export type FieldErrors = { readonly byField: Partial<Record<FormField, string[]>>; readonly other: NonNullable<ApiError['details']> };

const fieldOfPath: Readonly<Record<string, FormField>> = {
  'target.type': 'targetType', 'target.id': 'targetId', target: 'targetId', category: 'category', description: 'description', files: 'files',
};

/** Puts each of the API's field messages beside its field; `files[2]` is named by the file's name so the reporter knows which one. */
export function fieldErrors(error: ApiError, files: readonly FileLike[]): FieldErrors {
  const byField: Partial<Record<FormField, string[]>> = {};
  const other: NonNullable<ApiError['details']>[number][] = [];
  const add = (field: FormField, message: string) => (byField[field] = [...(byField[field] ?? []), message]);
  if (error.code === 'SM_BODY_TOO_LARGE') add('files', error.message);
  for (const detail of error.details ?? []) {
    const file = /^files\[(\d+)\]$/.exec(detail.field);
    if (file) add('files', `${files[Number(file[1])]?.name ?? detail.field}: ${detail.message}`);
    else if (Object.hasOwn(fieldOfPath, detail.field)) add(fieldOfPath[detail.field]!, detail.message);
    else other.push(detail);
  }
  return { byField, other };
}
