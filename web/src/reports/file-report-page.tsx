// The report form (举报): target, category, description and evidence files, sent as the API's multipart body; its field errors shown in place.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, type ApiError } from '../api/client.ts';
import type { ReportView } from '../api/governance-calls.ts';
import { formatTime } from '../format/format.ts';
import { reportCategoryLabels, reportTargetTypes } from '../i18n/governance-labels.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../routing/router.tsx';
import { paths } from '../routing/routes.ts';
import { useDocumentTitle } from '../shell/document-title.ts';
import { entityTypeName } from '../ui/badges.tsx';
import { Fact } from '../ui/facts.tsx';
import { FormField } from '../ui/form-field.tsx';
import { ErrorBox } from '../ui/status.tsx';
import { EvidencePicker, evidenceLimits } from './evidence-picker.tsx';
import { ReportStatus } from './report-badges.tsx';
import { fieldErrors, reportFormData, type FieldErrors, type FormField as Field, type ReportDraft } from './report-draft.ts';

const emptyDraft: ReportDraft = { targetType: '', targetId: '', category: '', description: '' };
const fieldOrder: readonly Field[] = ['targetType', 'targetId', 'category', 'description', 'files'];

export function FileReportPage() {
  const { t } = useLanguage();
  const [filed, setFiled] = useState<ReportView | undefined>();
  useDocumentTitle(t('fileReportTitle'));
  return (
    <>
      <h1>{t('fileReportTitle')}</h1>
      {filed ? <Receipt report={filed} onAnother={() => setFiled(undefined)} /> : <ReportForm onFiled={setFiled} />}
    </>
  );
}

function ReportForm({ onFiled }: { onFiled: (report: ReportView) => void }) {
  const { t, language, pick } = useLanguage();
  const id = useId();
  const [draft, setDraft] = useState<ReportDraft>(emptyDraft);
  const [files, setFiles] = useState<File[]>([]);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<{ error: ApiError; fields: FieldErrors } | undefined>();
  const fieldId = (field: Field) => `${id}-${field}`;
  const problems = (field: Field) => failure?.fields.byField[field] ?? [];
  const set = (field: keyof ReportDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    void api.fileReport(reportFormData(draft, files)).then((result) => {
      setSending(false);
      if (result.ok) return onFiled(result.value);
      const fields = fieldErrors(result.error, files);
      setFailure({ error: result.error, fields });
      // Keyboard and screen-reader users land on the first field the server named.
      const first = fieldOrder.find((field) => fields.byField[field]?.length);
      if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
    });
  };

  const namedFields = failure ? fieldOrder.some((field) => failure.fields.byField[field]?.length) : false;
  return (
    <form className="report-form" onSubmit={submit} noValidate aria-describedby={`${id}-intro`}>
      <p id={`${id}-intro`}>{t('reportIntro')}</p>
      <FormField id={fieldId('targetType')} label={t('targetType')} problems={problems('targetType')}>
        {(a) => (
          <select {...a} value={draft.targetType} onChange={(e) => set('targetType')(e.target.value)} aria-required="true">
            <option value="">{t('chooseOne')}</option>
            {reportTargetTypes.map((type) => (
              <option key={type} value={type}>
                {entityTypeName(type, language)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={fieldId('targetId')} label={t('targetId')} hint={t('targetIdHint')} problems={problems('targetId')}>
        {(a) => <input {...a} type="text" spellCheck={false} autoComplete="off" value={draft.targetId} onChange={(e) => set('targetId')(e.target.value)} aria-required="true" />}
      </FormField>
      <FormField id={fieldId('category')} label={t('category')} problems={problems('category')}>
        {(a) => (
          <select {...a} value={draft.category} onChange={(e) => set('category')(e.target.value)} aria-required="true">
            <option value="">{t('chooseOne')}</option>
            {Object.entries(reportCategoryLabels).map(([category, label]) => (
              <option key={category} value={category}>
                {pick(label)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={fieldId('description')} label={t('description')} hint={t('descriptionHint')} problems={problems('description')}>
        {(a) => <textarea {...a} rows={6} maxLength={5000} value={draft.description} onChange={(e) => set('description')(e.target.value)} aria-required="true" />}
      </FormField>
      <FormField id={fieldId('files')} label={t('evidenceFiles')} hint={evidenceLimits(t)} problems={problems('files')}>
        {(a) => <EvidencePicker attributes={a} files={files} onChange={setFiles} />}
      </FormField>
      {namedFields ? (
        <p className="field-problem" role="alert">
          {t('formHasErrors')} <code>{failure?.error.code}</code>
        </p>
      ) : null}
      {failure && (!namedFields || failure.fields.other.length) ? <ErrorBox error={{ ...failure.error, details: failure.fields.other }} /> : null}
      <div>
        <button type="submit" className="primary" disabled={sending} aria-busy={sending}>
          {sending ? t('submitting') : t('submitReport')}
        </button>
      </div>
    </form>
  );
}

/** What the reporter keeps: the id to quote, the status and the date the platform must answer by. */
function Receipt({ report, onAnother }: { report: ReportView; onAnother: () => void }) {
  const { t } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="receipt" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading" ref={heading} tabIndex={-1}>
        {t('reportFiled')}
      </h2>
      <dl className="facts">
        <Fact label={t('reportId')} className="mono">
          {report.id}
        </Fact>
        <Fact label={t('status')}>
          <ReportStatus report={report} />
        </Fact>
        <Fact label={t('responseDeadline')} className="mono">
          {formatTime(report.dueAt)}
        </Fact>
      </dl>
      <p className="receipt-links">
        <Link to={paths.report(report.id)}>{t('viewReport')}</Link>{' '}
        <button type="button" onClick={onAnother}>
          {t('fileAnother')}
        </button>
      </p>
    </section>
  );
}
