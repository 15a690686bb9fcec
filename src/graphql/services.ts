import { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import { SeedService } from '../seeds/seed.service';
import { CompanyService } from '../companies/company.service';
import { ConsortiumService } from '../consortia/consortium.service';
import { NeedService } from '../needs/need.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { RegionService } from '../regions/region.service';
import { InstitutionService } from '../institutions/institution.service';
import { ResearcherService } from '../people/researcher.service';
import { CoordinatorService } from '../people/coordinator.service';
import { ImportService } from '../imports/import.service';
import { ExportService } from '../imports/export.service';
import { MatchingService } from '../matching/matching.service';
import { AccessLogService } from '../auth/access-log.service';
import { AccountService } from '../auth/account.service';
import { ApiKeyService } from '../auth/api-key.service';
import { RateLimiter } from '../auth/rate-limit';
import { RequestAuthenticator } from '../auth/request-auth';
import { TokenIssuer } from '../auth/tokens';
import { ConsultationService } from '../consultations/consultation.service';
import { IntroductionService } from '../introductions/introduction.service';
import { KpiService } from '../kpis/kpi.service';
import { LearningService } from '../learning/learning.service';
import { DuplicateService } from '../duplicates/duplicate.service';
import { WebhookService } from '../webhooks/webhook.service';
import { NotificationService } from '../notifications/notification.resolver';
import { generateWebhookSecret } from '../webhooks/webhook-signature';

/** Domain services, built once per server: stateless, they hold the rules and own transactions. */
export function createServices(dataSource: DataSource, config: Config) {
  const production = config.nodeEnv === 'production';
  const tokens = new TokenIssuer(config.jwtSecret, config.tokenTtlMinutes * 60);
  const rateLimits = new RateLimiter(dataSource, { perIpPerMinute: config.rateLimitPerIp });
  const matching = new MatchingService(dataSource, { baseWeights: config.matchingWeights });
  return {
    accounts: new AccountService(dataSource, tokens, { production }),
    apiKeys: new ApiKeyService(dataSource),
    accessLog: new AccessLogService(dataSource),
    rateLimits,
    authenticator: new RequestAuthenticator({ dataSource, tokens, rateLimits, production }),
    seeds: new SeedService(dataSource),
    companies: new CompanyService(dataSource),
    consortia: new ConsortiumService(dataSource),
    needs: new NeedService(dataSource),
    taxonomy: new TaxonomyService(dataSource),
    regions: new RegionService(dataSource),
    institutions: new InstitutionService(dataSource),
    researchers: new ResearcherService(dataSource),
    coordinators: new CoordinatorService(dataSource),
    imports: new ImportService(dataSource),
    exports: new ExportService(dataSource),
    matching,
    consultations: new ConsultationService(dataSource, matching),
    introductions: new IntroductionService(dataSource, matching),
    kpis: new KpiService(dataSource, matching),
    learning: new LearningService(dataSource, config.matchingWeights),
    duplicates: new DuplicateService(dataSource),
    notifications: new NotificationService(dataSource),
    webhooks: new WebhookService(dataSource, { production, allowedHosts: config.webhooks.allowedHosts }, generateWebhookSecret),
  };
}

export type Services = ReturnType<typeof createServices>;
