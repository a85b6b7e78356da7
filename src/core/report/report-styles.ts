// The report's inline stylesheet (no external assets: the page must open offline, e.g. inside an evidence bundle).
export const reportStyles = `
body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;margin:0;color:#222;background:#f6f7f9}
header{background:#1f2d3d;color:#fff;padding:18px 32px}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;color:#c8d3df}
main{padding:20px 32px;max-width:1200px}section{background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:16px 20px;margin:0 0 18px}
h2{font-size:18px;margin:0 0 12px}h3{font-size:15px;margin:0}.en{color:#667;font-size:.88em}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{flex:1 1 150px;border:1px solid #e3e6ea;border-radius:6px;padding:10px 14px}
.card b{display:block;font-size:24px}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #eee;padding:5px 8px;text-align:left;vertical-align:top}th{background:#fafbfc}
.sev{display:inline-block;border-radius:10px;padding:1px 9px;font-size:12px;color:#fff}
.sev-critical{background:#8e1b10}.sev-high{background:#c0392b}.sev-medium{background:#e67e22}.sev-low{background:#7f8c8d}
details.finding{border:1px solid #e3e6ea;border-radius:6px;margin:8px 0;padding:8px 12px}
details.finding summary{cursor:pointer;list-style:none}code,.mono{font-family:ui-monospace,Consolas,monospace;font-size:12px;word-break:break-all}
.chart-label{font-size:12px;fill:#333}.chart-sub{fill:#888}.chart-value{font-size:12px;fill:#555}
.graph-role{font-size:12px;fill:#555;font-weight:bold}.graph-label{font-size:11px;fill:#333}.muted{color:#888}
`;
