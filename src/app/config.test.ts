import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('runs embedded by default', () => {
    const result = parseConfig({ env: {} });
    expect(result).toMatchObject({ ok: true, value: { dataDir: './data', port: 8080, host: '127.0.0.1' } });
    if (result.ok) expect(Object.isFrozen(result.value)).toBe(true);
  });

  it('lets flags win over the environment', () => {
    const result = parseConfig({ env: { SHOUMEN_DATA: '/env', PORT: '9000' }, flags: { data: '/flag' } });
    expect(result).toMatchObject({ ok: true, value: { dataDir: '/flag', port: 9000 } });
  });

  it('names the variable of a bad value', () => {
    const result = parseConfig({ env: { PORT: 'eighty' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details?.[0]?.field).toBe('port (PORT)');
  });
});
