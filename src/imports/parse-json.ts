import { fileProblem, ImportProblem } from './import-report';
import { importMessages as msg } from './import-messages';
import { isRecordType, SECTION_ORDER } from './record-types';
import { identityLabel, SourceDocument, SourceSection } from './source-document';

/**
 * Reads the whole-file JSON format: an object whose properties are sections (`regions`,
 * `seeds`, …), each a list of records. Top-level properties starting with `$` (`$schema`,
 * `$comment`) are metadata and ignored. Sections come back in import order, whatever the
 * order in the file.
 */
export function parseJson(text: string): SourceDocument {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { sections: [], problems: [fileProblem(msg.notJson(errorLine(text, error)))] };
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return { sections: [], problems: [fileProblem(msg.notJsonObject())] };
  }
  const problems: ImportProblem[] = [];
  const sections: SourceSection[] = [];
  for (const [name, value] of Object.entries(document)) {
    if (name.startsWith('$')) continue;
    if (!isRecordType(name)) {
      problems.push(fileProblem(msg.unknownSection(), null, name));
      continue;
    }
    if (!Array.isArray(value)) {
      problems.push(fileProblem(msg.sectionNotList(), name, name));
      continue;
    }
    const records: SourceSection['records'] = [];
    value.forEach((item: unknown, index) => {
      const row = index + 1;
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        problems.push({ section: name, row, column: null, messageJa: msg.recordNotObject().ja, messageEn: msg.recordNotObject().en });
      } else records.push({ row, raw: item as Record<string, unknown>, readProblems: [] });
    });
    sections.push({ type: name, records, columnLabel: identityLabel });
  }
  sections.sort((a, b) => SECTION_ORDER.indexOf(a.type) - SECTION_ORDER.indexOf(b.type));
  return { sections, problems };
}

/** The line of a JSON syntax error, from V8's "at position N" (the message itself may quote the input). */
function errorLine(text: string, error: unknown): number | null {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  if (position === undefined) return null;
  return text.slice(0, Number(position)).split('\n').length;
}
