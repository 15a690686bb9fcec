import type { BilingualMessage } from '../common/errors';
import { messages as inputMessages } from '../common/validation';
import { ARCHIVED_COMPANY_TAKES_NO_NEEDS } from '../companies/company-takes-needs';
import { RECORD_TYPE_NAMES, RecordType } from './record-types';

/** The GraphQL inputs' wording, so a rule reads the same in a form and in an import report. */
const fromInput = (options: { context?: unknown }): BilingualMessage => options.context as BilingualMessage;
const m = (ja: string, en: string): BilingualMessage => ({ ja, en });

/** Every message an import can report, in Japanese and English; none includes the offending value. */
export const importMessages = {
  required: () => fromInput(inputMessages.required()),
  maxLength: (n: number) => fromInput(inputMessages.maxLength(n)),
  email: () => fromInput(inputMessages.email()),
  url: () => fromInput(inputMessages.url()),
  phone: () => fromInput(inputMessages.phone()),
  intRange: (min: number, max: number) => fromInput(inputMessages.intRange(min, max)),
  key: () => fromInput(inputMessages.key()),
  listMax: (n: number) => fromInput(inputMessages.listMax(n)),
  nonNegativeInteger: () => fromInput(inputMessages.nonNegativeInteger()),
  regionCode: () => fromInput(inputMessages.regionCode()),
  fieldCode: () => fromInput(inputMessages.fieldCode()),
  enumValue: (values: readonly string[]) => m(`次のいずれかを指定してください: ${values.join(', ')}`, `must be one of ${values.join(', ')}`),
  text: () => m('文字列で指定してください', 'must be text'),
  boolean: () => m('true または false (はい / いいえ) で指定してください', 'must be true or false'),
  date: () => fromInput(inputMessages.calendarDate()),
  dateTime: () =>
    m('日時を ISO 8601 形式 (例: 2025-04-01T09:00:00+09:00) で指定してください', 'must be an ISO 8601 date and time such as 2025-04-01T09:00:00+09:00'),
  list: () => m('一覧 (配列) で指定してください', 'must be a list'),
  object: () => m('オブジェクトで指定してください', 'must be an object'),
  listItemSemicolon: () => m('一覧の項目に「;」は使えません', 'list items must not contain ";"'),
  unknownProperty: () => m('不明な項目です', 'is not a property of this record type'),
  atLeastOne: () => m('1 件以上指定してください', 'needs at least one item'),
  duplicateKey: (firstRow: number) =>
    m(`${firstRow} 行目と同じキーです (キーはファイル内で一意にしてください)`, `repeats the key of row ${firstRow} (keys must be unique in a file)`),
  duplicateItem: () => m('同じ項目が 2 回以上指定されています', 'lists the same item more than once'),
  unknownReference: (type: RecordType) =>
    m(
      `登録されていない${RECORD_TYPE_NAMES[type].ja}です (ファイルにもデータベースにもありません)`,
      `is not a known ${singular(type)} (neither in the file nor in the database)`,
    ),
  /** submitNeed's own words: the file may not do what the API refuses. */
  archivedCompany: () => ARCHIVED_COMPANY_TAKES_NO_NEEDS,
  parentCycle: () => m('上位の指定が循環しています', 'makes the parent chain circular'),
  budgetOrder: () => fromInput(inputMessages.budgetOrder()),
  dateOrder: () => fromInput(inputMessages.validUntilAfterIssue()),
  notJson: (line: number | null) => m(`JSON として読めません${line ? ` (${line} 行目付近)` : ''}`, `is not valid JSON${line ? ` (near line ${line})` : ''}`),
  notJsonObject: () => m('最上位は { "seeds": [...], ... } の形のオブジェクトにしてください', 'must be an object such as { "seeds": [...], ... }'),
  unknownSection: () =>
    m(`不明な区分です (使える区分: ${Object.keys(RECORD_TYPE_NAMES).join(', ')})`, `is not a section (sections: ${Object.keys(RECORD_TYPE_NAMES).join(', ')})`),
  sectionNotList: () => m('区分は配列で指定してください', 'must be a list of records'),
  recordNotObject: () => m('各レコードはオブジェクトで指定してください', 'must be an object'),
  notCsv: (line: number | null) => m(`CSV として読めません${line ? ` (${line} 行目付近)` : ''}`, `is not valid CSV${line ? ` (near line ${line})` : ''}`),
  notUtf8: () => m('UTF-8 の文字コードで保存してください (Excel では「CSV UTF-8」で保存)', 'is not UTF-8 text (in Excel, save as "CSV UTF-8")'),
  emptyCsv: () => m('見出し行がありません', 'has no header row'),
  unknownHeader: () => m('不明な見出しです', 'is not a known column for this record type'),
  duplicateHeader: () => m('同じ項目を指す見出しが 2 つ以上あります', 'names a property another column already names'),
  tooManyCells: () => m('見出しより多くのセルがあります', 'has more cells than the header'),
  jsonCell: () => m('このセルは JSON の配列で指定してください (例: [{"name": "..."}])', 'must hold a JSON list such as [{"name": "..."}]'),
  csvTypeMissing: () =>
    m(
      'CSV のレコード種別が分かりません。--type (または type) を指定するか、ファイル名を seeds.csv のようにしてください',
      'cannot tell which record type the CSV holds: give --type (or type), or name the file like seeds.csv',
    ),
  unknownFormat: () => m('形式が分かりません (.json または .csv)', 'has an unknown format (use .json or .csv)'),
  unreadableFile: () => m('ファイルを読み込めません', 'cannot be read'),
};

function singular(type: RecordType): string {
  const names: Record<RecordType, string> = {
    regions: 'region code',
    fields: 'field code',
    institutions: 'institution key',
    researchers: 'researcher key',
    coordinators: 'coordinator key',
    companies: 'company key',
    consortia: 'consortium key',
    seeds: 'seed key',
    needs: 'need key',
    fundingProgrammes: 'funding programme key',
  };
  return names[type];
}
