import { Field, ObjectType } from 'type-graphql';
import { Account } from './account.entity';
import { ApiKey } from './api-key.entity';

@ObjectType({ description: 'A signed-in session: send `token` as `Authorization: Bearer <token>` / ログイン結果' })
export class SignInPayload {
  @Field({ description: 'Signed token (JWT); valid until `expiresAt` or until the account signs out' })
  token: string;

  @Field({ description: 'When the token expires' })
  expiresAt: Date;

  @Field(() => Account, { description: 'The account signed in' })
  account: Account;
}

@ObjectType({ description: 'A new API key: `key` is shown this once and never again / 発行した API キー' })
export class CreatedApiKey {
  @Field({ description: 'The key itself: send it as `X-API-Key`. musubi keeps only its hash, so store it now' })
  key: string;

  @Field(() => ApiKey, { description: 'The stored key (name, prefix, scopes, limit)' })
  apiKey: ApiKey;
}
