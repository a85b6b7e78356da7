import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.ts';
import { learningFixture } from '../../src/app/learning-fixture.ts';
import { LearnedScore } from '../../src/core/learning/learned-score.ts';
import { ModelFile } from '../../src/core/learning/model/model-schema.ts';
import { openApplication } from '../../src/main.ts';
import { tempDir } from '../support/temp-dir.ts';

const bin = fileURLToPath(new URL('../../bin/shoumen', import.meta.url));
const dir = tempDir('shoumen-learn-');
const fixture = learningFixture();
const events = join(dir, 'events.jsonl');
writeFileSync(events, `${fixture.events.map((e) => JSON.stringify(e)).join('\n')}\n`);
const labels = join(dir, 'labels.csv');
const half = fixture.accounts.filter((_, i) => i % 2 === 0);
writeFileSync(labels, ['entityType,entityId,label', ...half.map((l) => `${l.entityType},${l.entityId},${l.label}`), 'account,acct-1,perhaps'].join('\n'));
const run = (args: string[]) => spawnSync(bin, args, { encoding: 'utf8' });

// Each case starts the CLI (a fresh Node with its TypeScript loader): seconds each, more on a loaded machine.
describe('shoumen train and score (end to end)', { timeout: 120_000 }, () => {
  const model = join(dir, 'model.json');
  const scores = join(dir, 'scores.jsonl');
  const train = run(['train', '--events', events, '--labels', labels, '--model', model, '--entity', 'account']);
  const score = run(['score', '--events', events, '--model', model, '--out', scores, '--reasons', '2']);

  it('trains a versioned model, naming the bad label line and keeping the rest', () => {
    expect(train.status).toBe(0);
    expect(train.stdout).toContain(`${labels}:${half.length + 2}: label`);
    const file = ModelFile.parse(JSON.parse(readFileSync(model, 'utf8')));
    expect(file.format).toBe('shoumen-model');
    expect(file.training.rows).toBe(half.length);
    expect(train.stdout).toContain(`model ${file.id}`);
  });

  it('scores every account with the model id and the top two features', () => {
    expect(score.status).toBe(0);
    const lines = readFileSync(scores, 'utf8').trim().split('\n').map((l) => LearnedScore.parse(JSON.parse(l)));
    expect(lines).toHaveLength(fixture.accounts.length);
    const id = ModelFile.parse(JSON.parse(readFileSync(model, 'utf8'))).id;
    expect(lines.every((l) => l.model === id && l.reasons.length === 2)).toBe(true);
    const features = new Set(ModelFile.parse(JSON.parse(readFileSync(model, 'utf8'))).features);
    expect(lines.every((l) => l.reasons.every((r) => features.has(r.feature) && r.message.includes(r.feature)))).toBe(true);
    const farm = new Set(fixture.accounts.filter((l) => l.label === 1).map((l) => l.entityId));
    // The file is sorted by score: the top fifth are all farm accounts.
    expect(lines.slice(0, 20).every((l) => farm.has(l.entityId))).toBe(true);
  });

  it('reads the labels known now with --labels, and says when a model that reads them gets none', () => {
    const withLabels = run(['score', '--events', events, '--model', model, '--out', join(dir, 'known-scores.jsonl'), '--labels', labels]);
    expect(withLabels.status).toBe(0);
    expect(withLabels.stdout).toContain(`${labels}:${half.length + 2}: label`);
    expect(withLabels.stdout).not.toContain('without --labels');
    const readsKnown = ModelFile.parse(JSON.parse(readFileSync(model, 'utf8'))).features.some((f) => f.startsWith('known.'));
    expect(score.stdout.includes('without --labels')).toBe(readsKnown);
  });

  it('refuses a labels file with no good line, naming the line and the field, and writes no model', () => {
    const bad = join(dir, 'bad-labels.csv');
    writeFileSync(bad, ['entityType,entityId,verdict', 'account,acct-1,fraud'].join('\n'));
    const never = join(dir, 'never.json');
    const result = run(['train', '--events', events, '--labels', bad, '--model', never]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('SM_VALIDATION');
    expect(result.stderr).toContain('label (line 2)');
    expect(result.stderr).not.toContain('    at ');
    expect(existsSync(never)).toBe(false);
  });

  it('learns from analyst decisions recorded in the store', async () => {
    const data = join(dir, 'data');
    const config = parseConfig({ env: {}, flags: { data } });
    if (!config.ok) throw new Error(config.error.message);
    const app = await openApplication(config.value);
    await app.governance.labels.record(fixture.accounts.map((l) => ({ ...l, source: 'case:c-test', at: '2026-11-20T00:00:00Z' })));
    await app.close();
    const fromStore = run(['train', '--events', events, '--labels-from-store', '--data', data, '--model', join(dir, 'store-model.json')]);
    expect(fromStore.status).toBe(0);
    expect(fromStore.stdout).toContain(`labels: ${fixture.accounts.length} analyst decisions from the store`);
  });

  it('refuses a tampered model with a code, not a stack', () => {
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, readFileSync(model, 'utf8').replace('"entityType":"account"', '"entityType":"review"'));
    const result = run(['score', '--events', events, '--model', tampered, '--out', join(dir, 'x.jsonl')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('SM_MODEL_INVALID');
    expect(result.stderr).not.toContain('    at ');
  });
});
