import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum NotificationKind {
  PROPOSAL_TO_ME = 'PROPOSAL_TO_ME',
  NEED_PROGRESS = 'NEED_PROGRESS',
  UNHELD_NEED = 'UNHELD_NEED',
  CONSULTATION_ESCALATED = 'CONSULTATION_ESCALATED',
  CONSULTATION_OVERDUE = 'CONSULTATION_OVERDUE',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about; e-mail can be turned off per kind / 通知の種類',
  valuesConfig: {
    PROPOSAL_TO_ME: { description: '研究者: a proposal made to you or your seed' },
    NEED_PROGRESS: { description: '企業: an introduction for your need was proposed or moved on' },
    UNHELD_NEED: { description: 'コーディネータ: a need arrived in your area with nobody holding it' },
    CONSULTATION_ESCALATED: { description: 'コーディネータ: a consultation was escalated and you hold its next step' },
    CONSULTATION_OVERDUE: { description: 'コーディネータ: a consultation you hold passed its due date' },
  },
});

@ObjectType({ description: 'Something musubi told you (in-app list; also e-mailed unless muted) / お知らせ' })
export class Notification {
  @Field(() => ID, { description: 'ID, for markNotificationsRead' })
  id: string;
  @Field(() => NotificationKind, { description: 'What it is about' })
  kind: NotificationKind;
  @Field({ description: 'Title in Japanese' })
  titleJa: string;
  @Field({ description: 'Title in English' })
  titleEn: string;
  @Field({ description: 'Text in Japanese' })
  bodyJa: string;
  @Field({ description: 'Text in English' })
  bodyEn: string;
  @Field({ description: 'When it was created' })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When you marked it read' })
  readAt: Date | null;
  @Field({ description: 'E-mail: PENDING, SENT, MUTED, LOGGED (no SMTP configured), NO_ADDRESS or FAILED' })
  emailStatus: string;
}

@ObjectType({ description: 'Your notification settings / 通知設定' })
export class NotificationSettings {
  @Field({ description: 'Language of e-mail: ja or en' })
  language: string;
  @Field(() => [NotificationKind], { description: 'Kinds not sent by e-mail (still in the in-app list)' })
  emailMuted: NotificationKind[];
}
