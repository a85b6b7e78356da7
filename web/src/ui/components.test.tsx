import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReasonsTable } from '../finding/reasons-table.tsx';
import { LanguageProvider } from '../i18n/language.tsx';
import type { Language } from '../i18n/messages.ts';
import { ErrorBox } from './status.tsx';

const render = (language: Language, node: ReactNode) => renderToStaticMarkup(<LanguageProvider initial={language}>{node}</LanguageProvider>);

const reasons = [
  { code: 'CONTACT_HANDLE', message: 'Pushes WeChat <b>x</b>', messageZh: '推送微信 <b>x</b>', value: 0.123456, threshold: 3 },
  { code: 'DIVERSION_PHRASES', message: 'Diversion wording', messageZh: '引流话术' },
];

describe('console components', () => {
  it('shows reasons in the chosen language, escaped, with rounded values', () => {
    const zh = render('zh', <ReasonsTable reasons={reasons} />);
    expect(zh).toContain('原因代码');
    expect(zh).toContain('推送微信 &lt;b&gt;x&lt;/b&gt;');
    expect(zh).toContain('0.123');
    expect(zh).not.toContain('<b>');
    const en = render('en', <ReasonsTable reasons={reasons} />);
    expect(en).toContain('Explanation');
    expect(en).toContain('Pushes WeChat &lt;b&gt;x&lt;/b&gt;');
  });

  it('shows the catalog code, message, fields and request id of a failed call, and offers a retry only when it can help', () => {
    const refused = render('en', <ErrorBox error={{ status: 400, code: 'SM_VALIDATION', message: 'Bad filter.', requestId: 'r-1', details: [{ field: 'minScore', message: 'too big' }] }} onRetry={() => undefined} />);
    expect(refused).toContain('SM_VALIDATION');
    expect(refused).toContain('Bad filter.');
    expect(refused).toContain('minScore');
    expect(refused).toContain('r-1');
    expect(refused).not.toContain('Retry');
    const offline = render('zh', <ErrorBox error={{ status: 0, code: 'NETWORK', message: 'Failed to fetch' }} onRetry={() => undefined} />);
    expect(offline).toContain('无法连接到守门服务');
    expect(offline).toContain('重试');
  });
});
