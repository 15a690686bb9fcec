import { DataSource } from 'typeorm';
import { Company } from '../companies/company.entity';
import { Institution } from '../institutions/institution.entity';
import { Coordinator } from '../people/coordinator.entity';
import { Researcher } from '../people/researcher.entity';
import { Account } from './account.entity';
import { AccountService } from './account.service';
import { ApiKey } from './api-key.entity';
import { ApiKeyService } from './api-key.service';
import { AccountRole, ApiKeyScope } from './auth.enums';
import { hashApiKey } from './request-auth';

/**
 * The playground's demo logins: one account per role and one partner key, with passwords
 * published in the README. Created by the demo loader only outside production; in production
 * they are refused at sign-in even if a database holds them (isDemo).
 */
export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.musubi.example', password: 'demo-admin-2026', role: AccountRole.ADMIN, displayName: '事務局 デモ (架空)' },
  {
    email: 'coordinator@demo.musubi.example',
    password: 'demo-coordinator-2026',
    role: AccountRole.COORDINATOR,
    displayName: '置賜コーディネータ デモ (架空)',
    coordinatorKey: 'c.okitama',
  },
  {
    email: 'researcher@demo.musubi.example',
    password: 'demo-researcher-2026',
    role: AccountRole.RESEARCHER,
    displayName: '研究者 デモ (架空)',
    researcherKey: 'r.kanno-takumi',
  },
  {
    email: 'company@demo.musubi.example',
    password: 'demo-company-2026',
    role: AccountRole.COMPANY_USER,
    displayName: '企業 デモ (架空)',
    companyKey: 'co.azuma-jisso',
  },
] as const;

/** The documented demo partner key (READ_PUBLISHED and SUBMIT_NEEDS). */
export const DEMO_API_KEY = 'mk_demo-partner-portal-2026-not-for-production';
const DEMO_API_KEY_OWNER = 'inst.ymgt-kosha';

export class DemoAccountsRefusedError extends Error {
  override name = 'DemoAccountsRefusedError';
  constructor() {
    super('デモ用アカウントは本番環境 (NODE_ENV=production) では作成しません / Demo accounts are never created when NODE_ENV=production');
  }
}

export interface DemoAccountsSummary {
  accounts: number;
  apiKeys: number;
}

/**
 * Creates the demo accounts and key that do not exist yet (by e-mail, by key hash), linked to
 * the demo records by their keys; a link whose record is missing skips that account. Throws
 * DemoAccountsRefusedError in production.
 */
export async function createDemoAccounts(dataSource: DataSource, nodeEnv: string | undefined = process.env.NODE_ENV): Promise<DemoAccountsSummary> {
  if (nodeEnv === 'production') throw new DemoAccountsRefusedError();
  const accounts = new AccountService(dataSource);
  const summary: DemoAccountsSummary = { accounts: 0, apiKeys: 0 };
  for (const demo of DEMO_ACCOUNTS) {
    if (await dataSource.getRepository(Account).exists({ where: { email: demo.email } })) continue;
    const links = await linksOf(dataSource, demo);
    if (links === null) continue;
    await accounts.createUnchecked({ email: demo.email, password: demo.password, role: demo.role, displayName: demo.displayName, isDemo: true, ...links });
    summary.accounts += 1;
  }
  const owner = await dataSource.getRepository(Institution).findOne({ where: { key: DEMO_API_KEY_OWNER } });
  if (owner && !(await dataSource.getRepository(ApiKey).exists({ where: { keyHash: hashApiKey(DEMO_API_KEY) } }))) {
    await new ApiKeyService(dataSource).store(DEMO_API_KEY, {
      name: '連携ポータル デモ (架空) / demo partner portal',
      ownerInstitutionId: owner.id,
      scopes: [ApiKeyScope.READ_PUBLISHED, ApiKeyScope.SUBMIT_NEEDS],
      rateLimitPerMinute: 60,
      isDemo: true,
    });
    summary.apiKeys += 1;
  }
  return summary;
}

async function linksOf(dataSource: DataSource, demo: (typeof DEMO_ACCOUNTS)[number]): Promise<Record<string, string> | null> {
  const byKey = async (entity: typeof Coordinator | typeof Researcher | typeof Company, key: string) =>
    (await dataSource.getRepository<{ id: string; key: string }>(entity).findOne({ where: { key } }))?.id ?? null;
  if ('coordinatorKey' in demo) {
    const id = await byKey(Coordinator, demo.coordinatorKey);
    return id ? { coordinatorId: id } : null;
  }
  if ('researcherKey' in demo) {
    const id = await byKey(Researcher, demo.researcherKey);
    return id ? { researcherId: id } : null;
  }
  if ('companyKey' in demo) {
    const id = await byKey(Company, demo.companyKey);
    return id ? { companyId: id } : null;
  }
  return {};
}
