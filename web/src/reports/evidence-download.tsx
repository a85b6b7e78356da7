// Downloads one evidence file of a report: fetched with the API key, saved under its hash, never opened or shown in the page.
import { useState } from 'react';
import { extensionOf } from '../../../src/core/reports/evidence-policy.ts';
import { api, type ApiError } from '../api/client.ts';
import type { ReportView } from '../api/governance-calls.ts';
import { useLanguage } from '../i18n/language.tsx';
import { ErrorBox } from '../ui/status.tsx';

/** Saved as `<sha256>.<ext>` like the API names it: the uploader's name could claim any type, the hash is what a regulator checks. */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has handed the bytes to the browser's download; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function EvidenceDownload({ reportId, file }: { reportId: string; file: ReportView['files'][number] }) {
  const { t } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>();
  const fetchFile = () => {
    setBusy(true);
    setFailure(undefined);
    void api.reportFile(reportId, file.sha256).then((result) => {
      setBusy(false);
      if (result.ok) save(result.value, `${file.sha256}.${extensionOf(file.mediaType)}`);
      else setFailure(result.error);
    });
  };
  return (
    <>
      <button type="button" className="link-button" onClick={fetchFile} disabled={busy} aria-busy={busy} aria-label={t('downloadFile', { name: file.name })}>
        {t('download')}
      </button>
      {failure ? <ErrorBox error={failure} /> : null}
    </>
  );
}
