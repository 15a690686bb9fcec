import { registerEnumType } from 'type-graphql';

export enum SeedStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(SeedStatus, {
  name: 'SeedStatus',
  description: 'Publication status of a seed / 公開状態',
  valuesConfig: {
    DRAFT: { description: '下書き draft (visible to its owners and coordinators)' },
    PUBLISHED: { description: '公開 published' },
    ARCHIVED: { description: 'アーカイブ archived' },
  },
});

export enum PatentStatus {
  PENDING = 'PENDING',
  GRANTED = 'GRANTED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(PatentStatus, {
  name: 'PatentStatus',
  description: 'Status of a patent / 特許の状態',
  valuesConfig: {
    PENDING: { description: '出願中 pending' },
    GRANTED: { description: '登録済 granted' },
    EXPIRED: { description: '消滅 expired' },
  },
});
