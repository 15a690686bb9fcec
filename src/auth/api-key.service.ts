import { randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { NotFoundError } from '../common/errors';
import { resolveReference } from '../common/references';
import { normaliseLine } from '../common/text';
import { Institution } from '../institutions/institution.entity';
import { ApiKey } from './api-key.entity';
import { ApiKeyScope } from './auth.enums';
import { CreateApiKeyInput } from './auth.inputs';
import { API_KEY_PREFIX, hashApiKey } from './request-auth';
import { isAccount, Viewer } from './viewer';

const API_KEY = { ja: 'API キー', en: 'API key' };

/** Characters of the key kept in clear, to tell keys apart: `mk_` and 8 of the random part. */
const SHOWN_PREFIX_LENGTH = API_KEY_PREFIX.length + 8;

/** A new random key: `mk_` and 32 random bytes in base64url (43 characters). */
export function generateApiKey(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export interface NewApiKey {
  name: string;
  ownerInstitutionId: string;
  scopes: ApiKeyScope[];
  rateLimitPerMinute: number;
  createdById?: string | null;
  isDemo?: boolean;
}

/** Partner API keys: issued and revoked by administrators; only their hashes are stored. */
export class ApiKeyService {
  constructor(private readonly dataSource: DataSource) {}

  async list(viewer: Viewer, includeRevoked: boolean): Promise<ApiKey[]> {
    return this.dataSource.getRepository(ApiKey).find({ where: includeRevoked ? {} : { revokedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Issues a key; the returned `key` is the only time it exists outside the caller's hands. */
  async create(viewer: Viewer, input: CreateApiKeyInput): Promise<{ key: string; apiKey: ApiKey }> {
    const institution = await resolveReference(this.dataSource.manager, Institution, input.ownerInstitutionId, 'input.ownerInstitutionId');
    const key = generateApiKey();
    const apiKey = await this.store(key, {
      name: normaliseLine(input.name),
      ownerInstitutionId: institution.id,
      scopes: [...new Set(input.scopes)],
      rateLimitPerMinute: input.rateLimitPerMinute,
      createdById: isAccount(viewer) ? viewer.accountId : null,
    });
    return { key, apiKey };
  }

  /** Stores a key's hash (the demo loader passes its documented key). */
  store(key: string, fields: NewApiKey): Promise<ApiKey> {
    const repository = this.dataSource.getRepository(ApiKey);
    return repository.save(
      repository.create({ ...fields, prefix: key.slice(0, SHOWN_PREFIX_LENGTH), keyHash: hashApiKey(key), isDemo: fields.isDemo ?? false }),
    );
  }

  /** Revokes a key: refused from the next request on. Revoking twice keeps the first time. */
  async revoke(viewer: Viewer, id: string): Promise<ApiKey> {
    const repository = this.dataSource.getRepository(ApiKey);
    const apiKey = await repository.findOne({ where: { id } });
    if (!apiKey) throw new NotFoundError(API_KEY);
    if (apiKey.revokedAt === null) {
      apiKey.revokedAt = new Date();
      await repository.save(apiKey);
    }
    return apiKey;
  }
}
