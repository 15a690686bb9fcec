import type { ImportReport } from '../imports/import-report';
import { RECORD_TYPE_NAMES } from '../imports/record-types';

/** Columns a terminal gives a character: 2 for CJK and full-width forms, 1 otherwise. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

const pad = (text: string, width: number, right = false) => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

/** Lays rows out in columns; numeric-looking cells are right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => displayWidth(row[i] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => pad(cell, widths[i], /^\d+$/.test(cell)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The import report as people read it: counts per type, or every problem with where it is. */
export function formatReport(report: ImportReport, fileName: string): string {
  const lines: string[] = [];
  if (report.ok) {
    const rows = report.counts.map((c) => [`${RECORD_TYPE_NAMES[c.type].ja} ${c.type}`, String(c.created), String(c.updated), String(c.unchanged)]);
    lines.push(table(['種別 type', '新規 created', '更新 updated', '変更なし unchanged'], rows));
    lines.push('');
    lines.push(
      report.dryRun
        ? `${fileName}: 問題はありません (試行のため書き込んでいません) / no problems (dry run: nothing was written)`
        : `${fileName}: 取り込みました / imported`,
    );
  } else {
    const rows = report.problems.map((p) => [
      [p.source, p.section].filter(Boolean).join(' ') || '-',
      p.row === null ? '-' : String(p.row),
      p.column ?? '-',
      `${p.messageJa} / ${p.messageEn}`,
    ]);
    lines.push(table(['区分 section', '行 row', '列 column', '内容 problem'], rows));
    lines.push('');
    lines.push(`${fileName}: ${report.problems.length} 件の問題があります。何も書き込んでいません / ${report.problems.length} problem(s): nothing was written`);
  }
  return lines.join('\n');
}
