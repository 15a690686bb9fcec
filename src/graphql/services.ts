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
import { RateLimiter } from '../http/rate-limit';
import { RequestAuthenticator } from '../auth/request-auth';
import { TokenIssuer } from '../auth/tokens';
import { ConsultationService } from '../consultations/consultation.service';
import { IntroductionService } from '../introductions/introduction.service';
import { KpiService } from '../kpis/kpi.service';
import { LearningService } from '../learning/learning.service';
import { DuplicateService } from '../duplicates/duplicate.service';
import { HistoryService } from '../history/history.service';
import { CapacityService } from '../capacity/capacity.service';
import { FundingService } from '../funding/funding.service';
import { PlanService } from '../plans/plan.service';
import { engineRankings } from '../plans/plan-rankings';
import { WebhookService } from '../webhooks/webhook.service';
import { NotificationService } from '../notifications/notification.service';
import { PartnerService } from '../partners/partner.service';
import { generateWebhookSecret } from '../webhooks/webhook-signature';

/** Domain services, built once per server: stateless, they hold the rules and own transactions. */
export function createServices(dataSource: DataSource, config: Config) {
  const production = config.nodeEnv === 'production';
  const tokens = new TokenIssuer(config.jwtSecret, config.tokenTtlMinutes * 60);
  const rateLimits = new RateLimiter(dataSource, { perIpPerMinute: config.rateLimitPerIp });
  // Lists cap `first` at this; services get it once here instead of from every resolver call.
  const pageSize = config.maxPageSize;
  const matching = new MatchingService(dataSource, { baseWeights: config.matchingWeights });
  const funding = new FundingService(dataSource);
  const introductions = new IntroductionService(dataSource, matching, pageSize, funding);
  return {
    accounts: new AccountService(dataSource, tokens, { production }),
    apiKeys: new ApiKeyService(dataSource),
    accessLog: new AccessLogService(dataSource),
    rateLimits,
    authenticator: new RequestAuthenticator({ dataSource, tokens, rateLimits, production }),
    seeds: new SeedService(dataSource, pageSize),
    companies: new CompanyService(dataSource, pageSize),
    consortia: new ConsortiumService(dataSource, pageSize),
    needs: new NeedService(dataSource, pageSize),
    taxonomy: new TaxonomyService(dataSource),
    regions: new RegionService(dataSource),
    institutions: new InstitutionService(dataSource, pageSize),
    researchers: new ResearcherService(dataSource, pageSize),
    coordinators: new CoordinatorService(dataSource, pageSize),
    imports: new ImportService(dataSource),
    exports: new ExportService(dataSource),
    matching,
    consultations: new ConsultationService(dataSource, matching, pageSize),
    introductions,
    funding,
    plans: new PlanService(dataSource, engineRankings(matching.ranking), funding, introductions),
    capacity: new CapacityService(dataSource),
    kpis: new KpiService(dataSource, matching),
    learning: new LearningService(dataSource, config.matchingWeights),
    duplicates: new DuplicateService(dataSource),
    history: new HistoryService(dataSource, pageSize),
    notifications: new NotificationService(dataSource),
    partners: new PartnerService(dataSource, pageSize),
    webhooks: new WebhookService(dataSource, { production, allowedHosts: config.webhooks.allowedHosts }, generateWebhookSecret),
  };
}

export type Services = ReturnType<typeof createServices>;
