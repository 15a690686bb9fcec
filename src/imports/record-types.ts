import path from 'node:path';

/** The sections of the data format, in import order (a record may refer to earlier sections). */
export const SECTION_ORDER = [
  'regions',
  'fields',
  'institutions',
  'researchers',
  'coordinators',
  'companies',
  'consortia',
  'seeds',
  'needs',
  'fundingProgrammes',
] as const;

export type RecordType = (typeof SECTION_ORDER)[number];

export const isRecordType = (value: string): value is RecordType => (SECTION_ORDER as readonly string[]).includes(value);

/** How each section is called in messages and in file names (`研究シーズ.csv`). */
export const RECORD_TYPE_NAMES: Record<RecordType, { ja: string; en: string; fileNames: string[] }> = {
  regions: { ja: '地域', en: 'regions', fileNames: ['regions', '地域'] },
  fields: { ja: '分野', en: 'fields', fileNames: ['fields', '分野'] },
  institutions: { ja: '機関', en: 'institutions', fileNames: ['institutions', '機関'] },
  researchers: { ja: '研究者', en: 'researchers', fileNames: ['researchers', '研究者'] },
  coordinators: { ja: 'コーディネータ', en: 'coordinators', fileNames: ['coordinators', 'コーディネータ', 'コーディネーター'] },
  companies: { ja: '企業', en: 'companies', fileNames: ['companies', '企業'] },
  consortia: { ja: '研究会・協議会', en: 'consortia', fileNames: ['consortia', '研究会', '協議会', 'コンソーシアム'] },
  seeds: { ja: '研究シーズ', en: 'seeds', fileNames: ['seeds', '研究シーズ', 'シーズ'] },
  needs: { ja: '企業ニーズ', en: 'needs', fileNames: ['needs', '企業ニーズ', 'ニーズ', '課題'] },
  fundingProgrammes: { ja: '資金制度', en: 'funding programmes', fileNames: ['fundingprogrammes', 'funding', '資金制度', '補助金'] },
};

/**
 * The record type a CSV file name stands for: the longest known name the base name starts
 * with (`企業ニーズ_2025.csv` is needs, not companies). Null when none fits.
 */
export function recordTypeFromFileName(fileName: string): RecordType | null {
  const base = path
    .basename(fileName)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\.[^.]*$/, '');
  let best: { type: RecordType; length: number } | null = null;
  for (const type of SECTION_ORDER) {
    for (const name of RECORD_TYPE_NAMES[type].fileNames) {
      if (base.startsWith(name) && (!best || name.length > best.length)) best = { type, length: name.length };
    }
  }
  return best?.type ?? null;
}
