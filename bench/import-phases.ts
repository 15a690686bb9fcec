import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { ImportService } from '../src/imports/import.service';
import { ProfileSummary, summariseProfile } from './profile-summary';
import type { StatementCounter } from './statement-counter';
import type { Dataset, Section } from './synthetic-data';

export interface ImportPhase {
  name: string;
  records: number;
  /** Import calls (one transaction each): see IMPORT_FILE_RECORDS. */
  files: number;
  seconds: number;
  recordsPerSecond: number;
  /** Statements sent, and milliseconds spent waiting for them, by kind. */
  statements: { total: number; byKind: Record<string, number>; msByKind: Record<string, number> };
  /** CPU profile of this process during the seeds import (the importer's own work). */
  profile?: ProfileSummary & { file: string };
}

/**
 * Records of one section per imported file, so that no single transaction holds 100,000
 * seeds. (The importer itself chunks its key look-ups; it once failed above 65,535 records
 * because PostgreSQL counts bind parameters in 16 bits.)
 */
const IMPORT_FILE_RECORDS = 50_000;

export const IMPORT_PHASES: Array<{ name: string; sections: Section[] }> = [
  { name: 'directory', sections: ['regions', 'fields', 'institutions', 'researchers', 'coordinators', 'companies'] },
  { name: 'seeds', sections: ['seeds'] },
  { name: 'needs', sections: ['needs'] },
];

const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/**
 * Imports one part of the dataset through the real ImportService, timing it and counting its
 * statements; `profileFile` records a CPU profile of this process meanwhile.
 */
export async function importPhase(
  importer: ImportService,
  counter: StatementCounter,
  dataset: Dataset,
  phase: (typeof IMPORT_PHASES)[number],
  log: (message: string) => void,
  profileFile: string | null,
): Promise<ImportPhase> {
  const records = phase.sections.reduce((sum, section) => sum + dataset[section].length, 0);
  const longest = Math.max(...phase.sections.map((section) => dataset[section].length));
  counter.reset();
  let seconds = 0;
  let files = 0;
  const profiler = profileFile ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    // 5 ms between samples keeps a 100k import's profile small.
    await profiler.post('Profiler.setSamplingInterval', { interval: 5000 });
    await profiler.post('Profiler.start');
  }
  for (let offset = 0; offset < longest; offset += IMPORT_FILE_RECORDS) {
    const part = Object.fromEntries(phase.sections.map((section) => [section, dataset[section].slice(offset, offset + IMPORT_FILE_RECORDS)]));
    const text = JSON.stringify(part);
    const start = process.hrtime.bigint();
    const report = await importer.importText(text, { format: 'json' });
    seconds += since(start);
    files += 1;
    if (!report.ok) {
      const problems = report.problems.slice(0, 5).map((p) => `${p.section ?? ''} row ${p.row ?? '-'} ${p.column ?? ''}: ${p.messageEn}`);
      throw new Error(`Import of ${phase.name} failed:\n  ${problems.join('\n  ')}`);
    }
  }
  let profile: ImportPhase['profile'];
  if (profiler && profileFile) {
    const { profile: cpuProfile } = await profiler.post('Profiler.stop');
    profiler.disconnect();
    fs.writeFileSync(profileFile, JSON.stringify(cpuProfile));
    profile = { ...summariseProfile(cpuProfile), file: profileFile };
  }
  log(
    `imported ${phase.name} (${records} records, ${files} file${files > 1 ? 's' : ''}) in ${seconds.toFixed(1)} s: ${(records / seconds).toFixed(0)} records/s`,
  );
  return { name: phase.name, records, files, seconds, recordsPerSecond: records / seconds, statements: counter.snapshot(), profile };
}
