/**
 * A tiny i18n table of our own: Japanese first, English on a switch (kept in localStorage).
 * `L(ja, en)` picks one of a pair written where it is used; enum labels live in LABELS.
 */
export type Lang = 'ja' | 'en';
const KEY = 'musubi:console:lang';

let current: Lang = (() => {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
})();
const listeners = new Set<() => void>();

export const lang = (): Lang => current;
export function setLang(next: Lang): void {
  current = next;
  try {
    localStorage.setItem(KEY, next);
  } catch {
    /* storage disabled */
  }
  document.documentElement.lang = next;
  listeners.forEach((l) => l());
}
export const onLangChange = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const L = (ja: string, en: string): string => (current === 'ja' ? ja : en);

/** The half of a server message "日本語 / English" for the current language. */
export function bilingual(message: string): string {
  const parts = message.split(' / ');
  if (parts.length < 2) return message;
  return current === 'ja' ? parts[0] : parts.slice(1).join(' / ');
}

const LABELS: Record<string, Record<string, [string, string]>> = {
  MatchStatus: {
    PROPOSED: ['提案', 'Proposed'],
    INTRODUCED: ['紹介済み', 'Introduced'],
    MEETING: ['面談', 'Meeting'],
    NEGOTIATING: ['協議中', 'Negotiating'],
    AGREED: ['成約', 'Agreed'],
    DECLINED: ['辞退', 'Declined'],
    WITHDRAWN: ['取り下げ', 'Withdrawn'],
  },
  DeclineReason: {
    TOO_EARLY_STAGE: ['研究段階が早すぎる', 'Too early a stage'],
    COST: ['費用が合わない', 'Cost'],
    CAPACITY: ['対応できる余力がない', 'No capacity'],
    NOT_RELEVANT: ['内容が合わない', 'Not relevant'],
    CONFIDENTIALITY: ['秘密保持の事情', 'Confidentiality'],
    OTHER: ['その他', 'Other'],
  },
  OutcomeType: {
    JOINT_RESEARCH: ['共同研究', 'Joint research'],
    CONTRACT_RESEARCH: ['受託研究', 'Contract research'],
    TECHNICAL_GUIDANCE: ['技術指導', 'Technical guidance'],
    LICENSE: ['ライセンス', 'Licence'],
    ORDER: ['受発注', 'Order'],
    GRANT_APPLICATION: ['補助金申請', 'Grant application'],
  },
  Confidentiality: {
    PUBLIC: ['公開', 'Public'],
    RESTRICTED: ['限定公開 (企業名非公開)', 'Restricted (company hidden)'],
    CONFIDENTIAL: ['秘匿 (概要のみ)', 'Confidential (summary only)'],
  },
  CollaborationForm: {
    JOINT_RESEARCH: ['共同研究', 'Joint research'],
    CONTRACT_RESEARCH: ['受託研究', 'Contract research'],
    TECHNICAL_GUIDANCE: ['技術指導', 'Technical guidance'],
    LICENSING: ['ライセンス', 'Licensing'],
    EQUIPMENT_USE: ['設備利用', 'Equipment use'],
  },
  InstitutionKind: {
    UNIVERSITY: ['大学', 'University'],
    KOSEN: ['高専', 'KOSEN'],
    PUBLIC_LAB: ['公設試', 'Public lab'],
    RESEARCH_INSTITUTE: ['研究所', 'Research institute'],
    SUPPORT_ORGANIZATION: ['産業支援機関', 'Support organisation'],
    FINANCIAL_INSTITUTION: ['金融機関', 'Financial institution'],
    GOVERNMENT: ['行政', 'Government'],
    INDUSTRY_ASSOCIATION: ['工業会・協議会', 'Industry association'],
    NPO: ['NPO', 'NPO'],
  },
  NeedCategory: { TECHNICAL: ['技術的課題', 'Technical'], RESEARCH: ['研究課題', 'Research'], MANAGEMENT: ['経営的課題', 'Management'] },
  NeedStatus: {
    OPEN: ['受付', 'Open'],
    IN_PROGRESS: ['対応中', 'In progress'],
    RESOLVED: ['解決', 'Resolved'],
    CLOSED: ['終了', 'Closed'],
    ARCHIVED: ['保管', 'Archived'],
  },
  NeedTimeline: {
    WITHIN_3_MONTHS: ['3か月以内', 'Within 3 months'],
    WITHIN_6_MONTHS: ['6か月以内', 'Within 6 months'],
    WITHIN_1_YEAR: ['1年以内', 'Within a year'],
    WITHIN_3_YEARS: ['3年以内', 'Within 3 years'],
    UNDECIDED: ['未定', 'Undecided'],
  },
  SeedStatus: { DRAFT: ['下書き', 'Draft'], PUBLISHED: ['公開', 'Published'], ARCHIVED: ['保管', 'Archived'] },
  AccountRole: {
    ADMIN: ['事務局 (管理者)', 'Administrator'],
    COORDINATOR: ['コーディネータ', 'Coordinator'],
    RESEARCHER: ['研究者', 'Researcher'],
    COMPANY_USER: ['企業', 'Company user'],
  },
  AccountStatus: { ACTIVE: ['有効', 'Active'], DISABLED: ['無効', 'Disabled'] },
  ApiKeyScope: { READ_PUBLISHED: ['公開情報の読み取り', 'Read published data'], SUBMIT_NEEDS: ['ニーズの登録', 'Submit needs'] },
  MatchFactorName: {
    TEXT_RELEVANCE: ['内容の一致', 'Text'],
    FIELD_PROXIMITY: ['分野', 'Field'],
    TRL_FIT: ['TRL', 'TRL'],
    REGION_FIT: ['地域', 'Region'],
    COLLABORATION_FORM_FIT: ['連携の形', 'Collaboration form'],
    WARM_PATH: ['つながり', 'Warm path'],
    RESEARCHER_LOAD: ['研究者の負荷', 'Researcher load'],
    FRESHNESS: ['新しさ', 'Freshness'],
    ROUTING_FIT: ['振り分け', 'Routing'],
  },
  ConsultationAction: { OPENED: ['受付', 'Opened'], ESCALATED: ['引継ぎ', 'Escalated'], RESOLVED: ['解決', 'Resolved'], CLOSED: ['終了', 'Closed'] },
};

/** The label of an enum value in the current language (the code itself if unknown). */
export function label(type: keyof typeof LABELS | string, value: string | null | undefined): string {
  if (!value) return '';
  const pair = LABELS[type]?.[value];
  return pair ? (current === 'ja' ? pair[0] : pair[1]) : value;
}
export const values = (type: string): string[] => Object.keys(LABELS[type] ?? {});

const dateFormat = () =>
  new Intl.DateTimeFormat(current === 'ja' ? 'ja-JP' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'Asia/Tokyo' });
export const formatDate = (iso: string | null | undefined): string => (iso ? dateFormat().format(new Date(iso)) : '—');
export const formatYen = (n: number | null | undefined): string =>
  n == null ? '—' : `${Math.round(n).toLocaleString(current === 'ja' ? 'ja-JP' : 'en-GB')} ${L('円', 'yen')}`;
export const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** The Japanese fiscal year (April–March, Asia/Tokyo) of an instant, and its labels. */
export function fiscalYearOf(instant = new Date()): number {
  const tokyo = new Date(instant.getTime() + 9 * 3600_000);
  return tokyo.getUTCMonth() >= 3 ? tokyo.getUTCFullYear() : tokyo.getUTCFullYear() - 1;
}
export function fiscalYearLabel(fy: number): string {
  if (current === 'en') return `FY${fy}`;
  const reiwa = fy - 2018;
  return fy >= 2019 ? `令和${reiwa === 1 ? '元' : reiwa}年度` : `${fy}年度`;
}
