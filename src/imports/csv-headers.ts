import type { RecordType } from './record-types';

/**
 * Japanese column headings accepted in CSV files, per record type, besides the JSON property
 * names themselves (matched case-insensitively). The same word can mean different properties
 * in different types: 名称 is `title` for a seed and `nameJa` for an institution.
 */
const SHARED: Record<string, string> = {
  キー: 'key',
  識別子: 'key',
  架空: 'isFictional',
  架空データ: 'isFictional',
  状態: 'status',
  ステータス: 'status',
  分野: 'fields',
  分野コード: 'fields',
  地域: 'region',
  地域コード: 'region',
  概要: 'description',
  説明: 'description',
  ウェブサイト: 'websiteUrl',
  ホームページ: 'websiteUrl',
  url: 'websiteUrl',
  メール: 'email',
  メールアドレス: 'email',
  電子メール: 'email',
  電話: 'phone',
  電話番号: 'phone',
  名称: 'nameJa',
  名前: 'nameJa',
  日本語名: 'nameJa',
  英語名: 'nameEn',
  '名称(英)': 'nameEn',
  '名称(英語)': 'nameEn',
  キーワード: 'keywords',
};

const BY_TYPE: Record<RecordType, Record<string, string>> = {
  regions: {
    コード: 'code',
    地域コード: 'code',
    種別: 'kind',
    区分: 'kind',
    上位: 'parent',
    上位地域: 'parent',
    連携先: 'cooperatesWith',
    連携県: 'cooperatesWith',
  },
  fields: { コード: 'code', 分野コード: 'code', 上位: 'parent', 上位分野: 'parent' },
  institutions: {
    機関名: 'nameJa',
    種別: 'kind',
    区分: 'kind',
    上位: 'parent',
    上位機関: 'parent',
    親機関: 'parent',
    支援メニュー: 'supportMenus',
    設備: 'equipment',
    保有設備: 'equipment',
    住所: 'address',
    所在地: 'address',
  },
  researchers: {
    氏名: 'nameJa',
    '氏名(英)': 'nameEn',
    ローマ字: 'nameEn',
    機関: 'institution',
    所属: 'institution',
    所属機関: 'institution',
    職位: 'title',
    役職: 'title',
    連絡先公開: 'contactPublic',
  },
  coordinators: { 氏名: 'name', 名前: 'name', 名称: 'name', 機関: 'institution', 所属: 'institution', 所属機関: 'institution', 担当地域: 'region' },
  companies: {
    企業名: 'nameJa',
    会社名: 'nameJa',
    業種: 'industry',
    規模: 'size',
    従業員数: 'employees',
    保有技術: 'capabilities',
    得意分野: 'capabilities',
    技術: 'capabilities',
    認定: 'certifications',
    資格: 'certifications',
  },
  consortia: { 研究会名: 'nameJa', 事務局: 'secretariat', 会員: 'members', メンバー: 'members' },
  seeds: {
    タイトル: 'title',
    名称: 'title',
    シーズ名: 'title',
    概要: 'summary',
    言語: 'language',
    trl: 'trl',
    技術成熟度: 'trl',
    連携形態: 'collaborationForms',
    特許: 'patents',
    所有者: 'owners',
    研究者: 'owners',
    機関: 'institution',
    所属機関: 'institution',
    公開日時: 'publishedAt',
  },
  needs: {
    企業: 'company',
    企業キー: 'company',
    タイトル: 'title',
    件名: 'title',
    名称: 'title',
    内容: 'description',
    課題: 'description',
    課題内容: 'description',
    種別: 'category',
    区分: 'category',
    カテゴリ: 'category',
    言語: 'language',
    希望trl: 'desiredTrl',
    希望時期: 'timeline',
    時期: 'timeline',
    予算下限: 'budgetMinYen',
    予算上限: 'budgetMaxYen',
    希望連携形態: 'wantedForms',
    公開範囲: 'confidentiality',
    相談段階: 'consultationStep',
    担当: 'holder',
    担当コーディネータ: 'holder',
  },
  fundingProgrammes: {
    制度名: 'nameJa',
    種類: 'kind',
    実施機関: 'provider',
    使途: 'purposes',
    目的: 'description',
    対象企業規模: 'eligibleSizes',
    対象地域: 'regions',
    対象分野: 'fields',
    対象trl下限: 'trlMin',
    対象trl上限: 'trlMax',
    下限額: 'amountMinYen',
    上限額: 'amountMaxYen',
    補助率: 'coFundingPercent',
    公募期間: 'windows',
  },
};

/** The form headers are compared in: NFKC (full-width letters, `（英）`), no spaces, lower case. */
export const headerForm = (header: string): string => header.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The JSON property a CSV header names for this record type, or null when it names none. */
export function propertyForHeader(type: RecordType, header: string, properties: readonly string[]): string | null {
  const form = headerForm(header);
  const exact = properties.find((property) => property.toLowerCase() === form);
  if (exact) return exact;
  const aliases = { ...SHARED, ...BY_TYPE[type] };
  const property = Object.entries(aliases).find(([alias]) => headerForm(alias) === form)?.[1];
  return property && properties.includes(property) ? property : null;
}
