// Reads and writes model files (JSON) and writes learned scores as JSON Lines.
import { createWriteStream, mkdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname } from 'node:path';
import type { ScoreSink } from '../../app/score-entities.ts';
import { appError, type AppError } from '../../core/errors/catalog.ts';
import { openModel } from '../../core/learning/model/model-codec.ts';
import type { ModelFile } from '../../core/learning/model/model-schema.ts';
import { err, ok, type Result } from '../../core/result.ts';

export async function readModelFile(path: string): Promise<Result<ModelFile, AppError>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return err(appError('SM_FILE_UNREADABLE', `Cannot read model ${path}: ${error instanceof Error ? error.message : String(error)}`));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return err(appError('SM_MODEL_INVALID', `Model ${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`));
  }
  const opened = openModel(json);
  if (!opened.ok) return err(appError('SM_MODEL_INVALID', `Model ${path} is not a valid shoumen model`, opened.error));
  return ok(opened.value);
}

/** Written beside the target and renamed into place, so a crash never leaves half a model where a scorer would read it. */
export async function writeModelFile(path: string, model: ModelFile): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  await writeFile(partial, `${JSON.stringify(model)}\n`);
  await rename(partial, path);
}

export function scoresFile(path: string): ScoreSink & { close(): Promise<void>; readonly path: string } {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  return {
    path,
    async write(scores) {
      for (const score of scores) if (!out.write(`${JSON.stringify(score)}\n`)) await once(out, 'drain');
    },
    async close() {
      out.end();
      await once(out, 'finish');
    },
  };
}
