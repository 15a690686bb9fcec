import { CONSULTATION_OVERDUE, DomainEventType } from '../events/event.enums';
import type { EventPayload } from '../events/event-snapshots';

/** What a person can be told, and can mute for e-mail one by one. */
export const NOTIFICATION_KINDS = ['PROPOSAL_TO_ME', 'NEED_PROGRESS', 'UNHELD_NEED', 'CONSULTATION_ESCALATED', 'CONSULTATION_OVERDUE'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationText {
  titleJa: string;
  titleEn: string;
  bodyJa: string;
  bodyEn: string;
}

const STATUS_JA: Record<string, string> = {
  PROPOSED: '提案',
  INTRODUCED: '紹介済み',
  MEETING: '面談',
  NEGOTIATING: '交渉中',
  AGREED: '成約',
  DECLINED: '辞退',
  WITHDRAWN: '取り下げ',
};

/**
 * Japanese and English text of each kind. Only what every recipient of that kind may read is
 * used: a need's title (shown even for a CONFIDENTIAL need), never its company or description.
 */
export function notificationText(kind: NotificationKind, type: string, payload: EventPayload, consoleUrl: string): NotificationText {
  const title = payload.need?.title ?? '';
  const match = payload.match as { status?: string } | undefined;
  switch (kind) {
    case 'PROPOSAL_TO_ME':
      return {
        titleJa: '新しいマッチングの提案があります',
        titleEn: 'A new introduction was proposed to you',
        bodyJa: `企業ニーズ「${title}」について、あなた(またはあなたのシーズ)への紹介がコーディネータから提案されました。\nコンソールで内容を確認し、回答してください: ${consoleUrl}`,
        bodyEn: `A coordinator proposed an introduction to you (or your seed) for the need "${title}".\nReview and answer it in the console: ${consoleUrl}`,
      };
    case 'NEED_PROGRESS': {
      const status = match?.status ?? '';
      const proposed = type === DomainEventType.MATCH_PROPOSED;
      return {
        titleJa: proposed ? 'ニーズに紹介先が提案されました' : `マッチングの状況: ${STATUS_JA[status] ?? status}`,
        titleEn: proposed ? 'An introduction was proposed for your need' : `Introduction status: ${status}`,
        bodyJa: `ご登録のニーズ「${title}」のマッチングが${proposed ? '提案されました' : `「${STATUS_JA[status] ?? status}」になりました`}。\n詳細: ${consoleUrl}`,
        bodyEn: `An introduction for your need "${title}" ${proposed ? 'was proposed' : `is now ${status}`}.\nDetails: ${consoleUrl}`,
      };
    }
    case 'UNHELD_NEED':
      return {
        titleJa: '担当者のいない新しいニーズ',
        titleEn: 'A new need nobody holds yet',
        bodyJa: `担当地域で企業ニーズ「${title}」が登録されました。担当者が決まっていません。\n受付一覧: ${consoleUrl}`,
        bodyEn: `The need "${title}" arrived in your area and nobody holds it yet.\nInbox: ${consoleUrl}`,
      };
    case 'CONSULTATION_ESCALATED': {
      const step = (payload.consultation as { step?: number } | undefined)?.step ?? '';
      return {
        titleJa: '相談が引き継がれました',
        titleEn: 'A consultation was escalated to you',
        bodyJa: `企業ニーズ「${title}」の相談が第${step}段階に進み、あなたが担当になりました。\n内容を確認してください: ${consoleUrl}`,
        bodyEn: `The consultation on "${title}" moved to step ${step} and you now hold it.\nReview it: ${consoleUrl}`,
      };
    }
    case CONSULTATION_OVERDUE: {
      const due = (payload.consultation as { dueAt?: string } | undefined)?.dueAt ?? '';
      return {
        titleJa: '相談の対応期限を過ぎています',
        titleEn: 'A consultation is past its due date',
        bodyJa: `企業ニーズ「${title}」の相談が対応期限 (${due.slice(0, 10)}) を過ぎています。\n${consoleUrl}`,
        bodyEn: `The consultation on "${title}" passed its due date (${due.slice(0, 10)}).\n${consoleUrl}`,
      };
    }
  }
}
