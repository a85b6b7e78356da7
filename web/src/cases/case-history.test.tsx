import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CaseHistory as History } from '../api/governance-calls.ts';
import { LanguageProvider } from '../i18n/language.tsx';
import type { Language } from '../i18n/messages.ts';
import { CaseHistory } from './case-history.tsx';

const hash = (c: string) => c.repeat(64);
const history: History = {
  verified: true,
  entries: [
    { chain: 'case:c1', seq: 1, at: '2026-11-02T01:00:00Z', type: 'case.opened', payload: { subjects: ['merchant:m1'] }, actor: { type: 'system', id: 'shoumen' }, prevHash: hash('0'), hash: hash('a') },
    { chain: 'case:c1', seq: 2, at: '2026-11-02T02:00:00Z', type: 'case.note_added', payload: { text: '<img src=x onerror=alert(1)>' }, actor: { type: 'person', id: 'key:1', name: '分析师 <b>Z</b>' }, prevHash: hash('a'), hash: hash('b') },
  ],
};

const render = (language: Language, value: History) => renderToStaticMarkup(<LanguageProvider initial={language}><CaseHistory history={value} /></LanguageProvider>);

describe('case history', () => {
  it('lists each entry with its hash and the one before, people’s text escaped', () => {
    const zh = render('zh', history);
    expect(zh).toContain('哈希链校验通过：2 条记录');
    expect(zh).toContain('立案');
    expect(zh).toContain(hash('a'));
    expect(zh).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(zh).toContain('分析师 &lt;b&gt;Z&lt;/b&gt;');
    expect(zh).not.toContain('<img');
    expect(render('en', history)).toContain('Note added');
  });

  it('says where the chain breaks, as an alert', () => {
    const broken = render('en', { ...history, verified: false, problem: 'entry 2: its content does not match its hash (the entry was altered)' });
    expect(broken).toContain('role="alert"');
    expect(broken).toContain('The chain does not verify: entry 2: its content does not match its hash');
  });
});
