import { GraphQLError } from 'graphql';
import { CONFLICT_REASONS, ConflictError, StaleVersionError } from '../../src/common/errors';
import { createErrorFormatter } from '../../src/http/format-error';
import type { Logger } from '../../src/common/logger';

const silent = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined } as unknown as Logger;
const format = createErrorFormatter(silent, false);
const formatted = (error: Error) => format({ message: error.message, path: ['x'] }, new GraphQLError(error.message, { originalError: error, path: ['x'] }));

describe('CONFLICT reasons', () => {
  it.each(CONFLICT_REASONS)('maps %s to extensions.reason beside the code', (reason) => {
    expect(formatted(new ConflictError(reason, { ja: '衝突', en: 'conflict' }, 'input.id')).extensions).toMatchObject({
      code: 'CONFLICT',
      reason,
      field: 'input.id',
    });
  });

  it('gives a stale version its reason and the current version', () => {
    expect(formatted(new StaleVersionError({ ja: '研究シーズ', en: 'seed' }, 3)).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 3,
    });
  });
});
