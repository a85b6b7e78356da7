// The bundle's human-readable report (report.html), in Chinese and English; every value goes through the escaping html tag.
import { actionRules } from '../cases/actions.ts';
import { kindLabels, severityLabels } from '../findings/kind-labels.ts';
import { html, trusted, type SafeHtml } from '../html/html.ts';
import { reportStyles } from '../report/report-styles.ts';
import { chainHead } from '../cases/hash-chain.ts';
import type { BundleInput } from './bundle-content.ts';

const both = (zh: string, en: string) => html`${zh} <span class="en">${en}</span>`;

const stateLabels: Record<string, string> = { open: '待处理', investigating: '调查中', confirmed: '已确认违规', dismissed: '已驳回', closed: '已结案' };

function timeline(input: BundleInput): SafeHtml {
  return html`<table><tr><th>#</th><th>${both('时间', 'Time')}</th><th>${both('操作人', 'Actor')}</th><th>${both('类型', 'Type')}</th><th>${both('哈希', 'Hash')}</th></tr>
${input.chain.map((e) => html`<tr><td>${e.seq}</td><td>${e.at}</td><td>${e.actor.name ?? e.actor.id} <span class="muted">(${e.actor.type})</span></td><td><code>${e.type}</code></td><td class="mono">${e.hash}</td></tr>`)}</table>`;
}

function findings(input: BundleInput): SafeHtml {
  return html`${input.view.findings.map((f) => html`<details class="finding" open><summary><span class="sev sev-${f.severity}">${severityLabels[f.severity].zh} ${severityLabels[f.severity].en}</span>
<b>${kindLabels[f.kind].zh}</b> <span class="en">${kindLabels[f.kind].en}</span> · ${f.score.toFixed(2)} · <code>${f.detector}</code></summary>
<p>${f.summaryZh}<br><span class="en">${f.summary}</span></p>
<table><tr><th>${both('原因', 'Reason')}</th><th>${both('说明', 'Explanation')}</th><th>${both('数值', 'Value')}</th></tr>
${f.reasons.map((r) => html`<tr><td><code>${r.code}</code></td><td>${r.messageZh}<br><span class="en">${r.message}</span></td><td>${r.value ?? ''}${r.threshold !== undefined ? html` / ${r.threshold}` : ''}</td></tr>`)}</table>
<p class="muted">${both('涉及', 'Entities')}: ${f.entities.map((e) => `${e.type}:${e.id}`).join(', ')} · ${both('证据事件', 'Evidence events')}: ${f.evidence.eventIds.length}</p></details>`)}`;
}

function actions(input: BundleInput): SafeHtml {
  if (input.view.actions.length === 0) return html`<p class="muted">${both('没有处置措施。', 'No actions.')}</p>`;
  return html`<table><tr><th>${both('时间', 'Time')}</th><th>${both('措施', 'Action')}</th><th>${both('对象', 'Target')}</th><th>${both('理由', 'Reason')}</th></tr>
${input.view.actions.map((a) => html`<tr><td>${a.at}</td><td>${actionRules[a.kind].labelZh}<br><span class="en">${actionRules[a.kind].label}</span>${a.reverses ? html` (${both('撤销', 'reverses')} ${a.reverses})` : ''}</td><td>${a.target.type}:${a.target.id}</td><td>${a.reason}</td></tr>`)}</table>`;
}

function reports(input: BundleInput): SafeHtml {
  if (input.reports.length === 0) return html`<p class="muted">${both('没有关联的消费者举报。', 'No linked consumer reports.')}</p>`;
  return html`<table><tr><th>ID</th><th>${both('对象', 'Target')}</th><th>${both('类别', 'Category')}</th><th>${both('描述', 'Description')}</th><th>${both('附件', 'Files')}</th></tr>
${input.reports.map((r) => html`<tr><td>${r.id}</td><td>${r.target.type}:${r.target.id}</td><td>${r.category}</td><td>${r.description}</td><td>${r.files.map((f) => html`<div>${f.name} <span class="mono">${f.sha256}</span></div>`)}</td></tr>`)}</table>`;
}

export function renderBundleReport(input: BundleInput): string {
  const v = input.view;
  const head = chainHead(input.chain);
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>守门 shoumen — 案件证据 Case evidence ${v.id}</title><style>${trusted(reportStyles)}</style></head><body>
<header><h1>案件证据包 <span class="en" style="color:#c8d3df">Case evidence bundle</span> ${v.id}</h1><p>${input.exportedAt} · ${input.exportedBy}</p></header><main>
<section><h2>${both('案件', 'Case')}</h2><div class="cards">
<div class="card">${both('状态', 'State')}<b>${stateLabels[v.state] ?? v.state}</b><span class="en">${v.state}</span></div>
<div class="card">${both('类型', 'Kind')}<b>${kindLabels[v.kind].zh}</b><span class="en">${kindLabels[v.kind].en}</span></div>
<div class="card">${both('严重程度', 'Severity')}<b>${severityLabels[v.severity].zh}</b><span class="en">${severityLabels[v.severity].en}</span></div>
<div class="card">${both('证据事件', 'Events')}<b>${input.events.length}</b></div></div>
<p>${both('涉及主体', 'Subjects')}: ${v.subjects.join(', ')}</p>
<p>${both('哈希链头', 'Chain head')}: <code>${head.seq} ${head.hash}</code></p></section>
<section><h2>${both('发现及原因', 'Findings and reasons')}</h2>${findings(input)}</section>
<section><h2>${both('处置措施', 'Actions')}</h2>${actions(input)}</section>
<section><h2>${both('消费者举报', 'Consumer reports')}</h2>${reports(input)}</section>
<section><h2>${both('案件记录（哈希链）', 'Case history (hash chain)')}</h2>${timeline(input)}</section>
<section><h2>${both('如何核验', 'How to verify')}</h2><p>${both('在解压后的目录运行', 'In the unpacked folder run')} <code>sha256sum -c SHA256SUMS</code>，${both('并核对 case/chain.jsonl 最后一行的 hash 与平台另行提供的链头一致；或运行', 'and check that the hash on the last line of case/chain.jsonl equals the chain head the platform sent separately; or run')} <code>shoumen verify bundle.zip</code>。</p></section>
</main></body></html>`.value;
}
