// Renders report.html: a self-contained, bilingual page of one analysis run. Every data value passes through `html`.
import { entityTypeLabels, kindLabels, severityLabels } from '../findings/kind-labels.ts';
import { findingKinds, severities, type Finding } from '../findings/finding.ts';
import { html, trusted, type SafeHtml } from '../html/html.ts';
import { ratingsSection } from '../ratings/ratings-section.ts';
import { entityGraph } from './entity-graph.ts';
import type { ReportInput } from './report-input.ts';
import { reportStyles } from './report-styles.ts';
import { barChart, dailyColumns } from './svg-charts.ts';

const DETAILED_FINDINGS = 300;
const GRAPHED_FINDINGS = 40;
const LISTED_ENTITIES = 60;
const LISTED_EVENTS = 40;

const both = (zh: string, en: string) => html`${zh} <span class="en">${en}</span>`;

function summaryCards({ run, findings, scores }: ReportInput): SafeHtml {
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const card = (value: number, zh: string, en: string) => html`<div class="card"><b>${value.toLocaleString('en-US')}</b>${both(zh, en)}</div>`;
  return html`<div class="cards">
    ${card(run.eventsAccepted, '已分析事件', 'events analysed')}${card(findings.length, '发现', 'findings')}
    ${card(count('critical') + count('high'), '高危及以上', 'high or critical')}${card(scores.length, '已评分实体', 'entities scored')}
    ${card(run.rejected, '拒收记录', 'rejected records')}${card(run.duplicates, '重复事件', 'duplicate events')}
  </div>`;
}

function charts(findings: readonly Finding[]): SafeHtml {
  const byKind = findingKinds
    .map((kind) => ({ label: kindLabels[kind].zh, sublabel: kindLabels[kind].en, value: findings.filter((f) => f.kind === kind).length }))
    .filter((bar) => bar.value > 0);
  const colors = { low: '#7f8c8d', medium: '#e67e22', high: '#c0392b', critical: '#8e1b10' };
  const bySeverity = severities.map((s) => ({ label: severityLabels[s].zh, sublabel: severityLabels[s].en, value: findings.filter((f) => f.severity === s).length, color: colors[s] }));
  const perDay = new Map<string, number>();
  for (const f of findings) perDay.set(f.window.from.slice(0, 10), (perDay.get(f.window.from.slice(0, 10)) ?? 0) + 1);
  const days = [...perDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count }));
  return html`<section><h2>${both('发现分布', 'Findings by kind, severity and day')}</h2>
    ${byKind.length ? barChart(byKind, 'findings by kind') : html`<p class="muted">${both('没有发现。', 'No findings.')}</p>`}
    ${barChart(bySeverity, 'findings by severity')}
    ${days.length ? dailyColumns(days, 'findings by day') : ''}
  </section>`;
}

function runDetails({ run }: ReportInput): SafeHtml {
  const types = Object.entries(run.eventsByType).sort((a, b) => b[1] - a[1]);
  return html`<section><h2>${both('运行信息', 'Run')}</h2><table>
    <tr><th>${both('数据来源', 'Source')}</th><td class="mono">${run.source}</td></tr>
    <tr><th>${both('读取行数', 'Lines read')}</th><td>${run.linesRead}</td></tr>
    <tr><th>${both('租户数', 'Tenants')}</th><td>${run.tenants}</td></tr>
    <tr><th>${both('检测器版本', 'Detectors')}</th><td class="mono">${run.detectors.join(', ')}</td></tr>
    <tr><th>${both('评分融合版本', 'Fusion')}</th><td class="mono">${run.fusionVersion}</td></tr>
    <tr><th>${both('耗时', 'Elapsed')}</th><td>${(run.elapsedMs / 1000).toFixed(2)} s</td></tr>
    <tr><th>${both('事件类型', 'Events by type')}</th><td>${types.map(([type, n]) => html`<code>${type}</code> ${n}<br>`)}</td></tr>
    ${run.failures.length ? html`<tr><th>${both('检测器失败', 'Detector failures')}</th><td>${run.failures.map((f) => html`<code>${f.detector}</code>: ${f.message}<br>`)}</td></tr>` : ''}
  </table></section>`;
}

function topScores({ scores }: ReportInput): SafeHtml {
  if (!scores.length) return html``;
  const rows = scores.slice(0, 50).map((s) => html`<tr><td>${entityTypeLabels[s.entityType]?.zh ?? s.entityType}</td><td class="mono">${s.entityId}</td>
    <td>${s.score.toFixed(3)}</td><td>${s.reasons.map((r) => html`<div>${r.messageZh}<br><span class="en">${r.message}</span></div>`)}</td></tr>`);
  return html`<section><h2>${both('风险最高的实体', 'Highest-risk entities')}</h2><table>
    <tr><th>${both('类型', 'Type')}</th><th>${both('编号', 'Id')}</th><th>${both('分数', 'Score')}</th><th>${both('原因', 'Reasons')}</th></tr>${rows}</table></section>`;
}

function findingCard(finding: Finding, index: number): SafeHtml {
  const entities = finding.entities.slice(0, LISTED_ENTITIES);
  const events = finding.evidence.eventIds.slice(0, LISTED_EVENTS);
  return html`<details class="finding" ${index < 10 ? trusted('open') : ''} id="${finding.id}">
    <summary><span class="sev sev-${finding.severity}">${severityLabels[finding.severity].zh} ${finding.score.toFixed(2)}</span>
      <b>${kindLabels[finding.kind].zh}</b> <span class="en">${kindLabels[finding.kind].en}</span> — ${finding.summaryZh}<br><span class="en">${finding.summary}</span></summary>
    <p class="muted mono">${finding.id} · ${finding.detector} · ${finding.window.from} → ${finding.window.to}</p>
    <table><tr><th>${both('原因代码', 'Reason')}</th><th>${both('说明', 'Explanation')}</th><th>${both('数值', 'Value')}</th><th>${both('阈值', 'Threshold')}</th></tr>
      ${finding.reasons.map((r) => html`<tr><td class="mono">${r.code}</td><td>${r.messageZh}<br><span class="en">${r.message}</span></td><td>${r.value ?? ''}</td><td>${r.threshold ?? ''}</td></tr>`)}
    </table>
    ${index < GRAPHED_FINDINGS ? entityGraph(finding) : ''}
    <p><b>${both('涉及实体', 'Entities')}</b> (${finding.entities.length}): ${entities.map((e) => html`<code>${e.type}:${e.id}${e.role ? ` (${e.role})` : ''}</code> `)}${finding.entities.length > entities.length ? '…' : ''}</p>
    <p><b>${both('证据事件', 'Evidence events')}</b> (${finding.evidence.eventIds.length}): ${events.map((id) => html`<code>${id}</code> `)}${finding.evidence.eventIds.length > events.length ? '…' : ''}</p>
    <p class="muted">${Object.entries(finding.evidence.metrics).filter(([k]) => k !== 'graphEdges').map(([k, v]) => html`<code>${k}=${v}</code> `)}</p>
  </details>`;
}

export function renderReport(input: ReportInput): string {
  const { findings, run } = input;
  const shown = findings.slice(0, DETAILED_FINDINGS);
  const page = html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>守门 shoumen — 分析报告 Analysis report</title><style>${trusted(reportStyles)}</style></head><body>
<header><h1>守门 shoumen · 刷单炒信分析报告 <span class="en" style="color:#c8d3df">Order brushing and fake review analysis</span></h1>
<p>${run.generatedAt} · ${run.source}</p></header><main>
<section><h2>${both('概览', 'Summary')}</h2>${summaryCards(input)}</section>
${charts(findings)}${topScores(input)}${ratingsSection(input.ratings)}
<section><h2>${both('发现详情', 'Findings')}</h2>
${shown.length ? shown.map(findingCard) : html`<p class="muted">${both('本次分析没有发现。', 'This run found nothing.')}</p>`}
${findings.length > shown.length ? html`<p class="muted">${both(`另有 ${findings.length - shown.length} 条发现见 findings.json。`, `${findings.length - shown.length} more findings are in findings.json.`)}</p>` : ''}
</section>${runDetails(input)}</main></body></html>`;
  return page.value;
}
