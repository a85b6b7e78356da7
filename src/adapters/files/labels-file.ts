// Reads a labels file (CSV with a header, or JSON Lines): entityType, entityId, label, optional tenant; bad lines named, good ones kept.
import { z } from 'zod';
import { appError, type AppError } from '../../core/errors/catalog.ts';
import { Label, type LabelProblem, type LabelsRead } from '../../core/learning/labels.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { openEventFile } from './event-source.ts';

/** CSV cells arrive as text: "1"/"0" (and true/false, fraud/genuine) become the numeric label. */
const LabelCell = z.preprocess((value) => {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return value;
  const text = value.trim().toLowerCase();
  if (text === '1' || text === 'true' || text === 'fraud') return 1;
  if (text === '0' || text === 'false' || text === 'genuine') return 0;
  return value;
}, Label.shape.label);

const LabelLine = Label.extend({ label: LabelCell });

export async function readLabelsFile(path: string): Promise<Result<LabelsRead, AppError>> {
  const opened = openEventFile(path);
  if (!opened.ok) return opened;
  const labels: Label[] = [];
  const problems: LabelProblem[] = [];
  let lines = 0;
  try {
    for await (const batch of opened.value.batches()) {
      for (const record of batch) {
        lines += 1;
        if ('parseError' in record) {
          problems.push({ line: record.line, field: '(line)', message: record.parseError });
          continue;
        }
        const parsed = LabelLine.safeParse(record.value);
        if (parsed.success) labels.push({ ...parsed.data, source: parsed.data.source ?? `file:${path}` });
        else for (const issue of parsed.error.issues) problems.push({ line: record.line, field: issue.path.join('.') || '(record)', message: issue.message });
      }
    }
  } catch (error) {
    return err(appError('SM_FILE_UNREADABLE', `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`));
  }
  return ok({ labels, problems, lines });
}

