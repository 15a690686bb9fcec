import { DataSource } from 'typeorm';
import type { ConfidentialReadRecorder } from '../auth/access-log.service';
import { ResponseBudget } from './query-limits';
import { RequestHeaders, requestRefusal } from '../auth/request-auth';
import type { ClientInfo, Viewer } from '../auth/viewer';
import type { Config } from '../config/config';
import { createLoaders, Loaders } from './loaders';
import type { Services } from './services';

/** What every resolver receives. Built once per request; loaders are never shared between requests. */
export interface RequestContext {
  dataSource: DataSource;
  config: Config;
  services: Services;
  loaders: Loaders;
  /** Who is calling (src/auth/request-auth.ts); the services decide with it what they may see and do. */
  viewer: Viewer;
  /** Records full reads of CONFIDENTIAL needs (once per need and request). */
  confidentialReads: ConfidentialReadRecorder;
  /** Objects this request may still return (the cost limit applied during execution). */
  budget: ResponseBudget;
  /** Where the request came from: sign-ins are throttled and recorded by address. */
  client: ClientInfo;
}

/**
 * Builds the context of one request from its headers. Bad credentials refuse the whole request
 * (401), and so does an API key over its rate limit (429); no credentials is an anonymous caller.
 */
export async function createRequestContext(
  dataSource: DataSource,
  config: Config,
  services: Services,
  headers: RequestHeaders = {},
  clientAddress = 'unknown',
): Promise<RequestContext> {
  let viewer: Viewer;
  try {
    viewer = await services.authenticator.viewerFor(headers);
  } catch (error) {
    throw requestRefusal(error);
  }
  const userAgent = typeof headers['user-agent'] === 'string' ? headers['user-agent'].slice(0, 300) : null;
  return {
    dataSource,
    config,
    services,
    loaders: createLoaders(dataSource),
    viewer,
    confidentialReads: services.accessLog.recorderFor(viewer),
    client: { address: clientAddress, userAgent },
    budget: new ResponseBudget(config.queryLimits.maxCost),
  };
}
