import { registerEnumType } from 'type-graphql';

/** What an account is for; decides its rights (src/auth/policy.ts). */
export enum AccountRole {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  RESEARCHER = 'RESEARCHER',
  COMPANY_USER = 'COMPANY_USER',
}
registerEnumType(AccountRole, {
  name: 'AccountRole',
  description: 'Role of an account / アカウントの役割',
  valuesConfig: {
    ADMIN: { description: '事務局 administrator: accounts, keys, institutions, consortia, taxonomy, regions' },
    COORDINATOR: { description: 'コーディネータ: all needs, matching, imports and exports' },
    RESEARCHER: { description: '研究者: their own seeds; needs at the confidentiality level that allows it' },
    COMPANY_USER: { description: '企業: their own company and its needs' },
  },
});

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'Whether an account may sign in / 利用状況',
  valuesConfig: { ACTIVE: { description: '有効 active' }, DISABLED: { description: '無効 disabled: cannot sign in, its tokens are refused' } },
});

/** What a partner API key may do. */
export enum ApiKeyScope {
  READ_PUBLISHED = 'READ_PUBLISHED',
  SUBMIT_NEEDS = 'SUBMIT_NEEDS',
}
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'What a partner API key may do / API キーの権限',
  valuesConfig: {
    READ_PUBLISHED: { description: '公開情報の参照: published seeds, institutions, consortia, taxonomy, regions' },
    SUBMIT_NEEDS: { description: 'ニーズの代理登録: submitNeed on behalf of a company' },
  },
});
