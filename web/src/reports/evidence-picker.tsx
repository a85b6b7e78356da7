// Picks evidence files: the API's accepted types and limits shown before upload, refused files named, chosen ones removable.
import { useState, type ChangeEvent } from 'react';
import { formatBytes } from '../format/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import type { FieldAttributes } from '../ui/form-field.tsx';
import { acceptAttribute, addFiles, MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_FILES, type FileProblem } from './report-draft.ts';

const refusalKey: Readonly<Record<FileProblem['problem'], MessageKey>> = { type: 'fileRefusedType', size: 'fileRefusedSize', empty: 'fileRefusedEmpty' };

export function evidenceLimits(t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  return t('evidenceLimits', { size: formatBytes(MAX_EVIDENCE_FILE_BYTES), count: MAX_EVIDENCE_FILES });
}

type Props = { readonly files: readonly File[]; readonly onChange: (files: File[]) => void; readonly attributes: FieldAttributes };

export function EvidencePicker({ files, onChange, attributes }: Props) {
  const { t } = useLanguage();
  const [refusals, setRefusals] = useState<string[]>([]);
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const added = addFiles(files, [...(event.target.files ?? [])]);
    setRefusals([
      ...added.refused.map((r) => t(refusalKey[r.problem], { name: r.name, size: formatBytes(MAX_EVIDENCE_FILE_BYTES) })),
      ...(added.overCount ? [t('tooManyFiles', { count: MAX_EVIDENCE_FILES, n: added.overCount })] : []),
    ]);
    onChange(added.files);
    // Cleared so that picking the same file again, after removing it, still fires a change.
    event.target.value = '';
  };
  return (
    <>
      <input {...attributes} type="file" multiple accept={acceptAttribute} onChange={pick} disabled={files.length >= MAX_EVIDENCE_FILES} />
      {refusals.length ? (
        <ul className="field-problems" role="alert">
          {refusals.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      ) : null}
      {files.length ? (
        <ul className="chosen-files" aria-label={t('chosenFiles')}>
          {files.map((file, i) => (
            <li key={`${i}:${file.name}`}>
              <span className="file-name">{file.name}</span> <span className="muted small">{formatBytes(file.size)}</span>{' '}
              <button type="button" className="link-button" onClick={() => onChange(files.filter((_, j) => j !== i))} aria-label={t('removeFile', { name: file.name })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
