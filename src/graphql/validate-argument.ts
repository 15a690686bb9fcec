import { validate, ValidationError } from 'class-validator';
import type { ResolverData } from 'type-graphql';
import { InvalidInputError } from '../common/errors';
import { flattenValidationErrors } from '../http/format-error';

const OPTIONS = {
  forbidUnknownValues: false,
  // GraphQL already enforces non-null; optional fields are only checked when given.
  skipMissingProperties: true,
  validationError: { target: false, value: false },
};

/**
 * Runs class-validator on each argument and raises one BAD_USER_INPUT listing every problem,
 * with paths that start at the argument (`input.trl`, `filter.minTrl`) so clients can point
 * at the field.
 */
export async function validateArgument(argValue: unknown, _argType: unknown, resolverData: ResolverData<object>): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const errors: ValidationError[] = [];
  if (Array.isArray(argValue)) {
    for (const [index, item] of argValue.entries()) {
      if (item && typeof item === 'object') {
        for (const error of await validate(item, OPTIONS)) errors.push({ ...error, property: `${index}.${error.property}` } as ValidationError);
      }
    }
  } else {
    errors.push(...(await validate(argValue, OPTIONS)));
  }
  if (errors.length === 0) return;
  const prefix = argumentName(argValue, resolverData.args);
  throw new InvalidInputError(flattenValidationErrors(errors, prefix).map((p) => ({ ...p, field: p.field.replace(/\.(\d+)\./g, '[$1].') })));
}

/** Which argument a value came from: '' for an @Args() class (its properties are the arguments). */
function argumentName(value: object, args: Record<string, unknown>): string {
  const argNames = Object.keys(args);
  if (argNames.length > 0 && argNames.every((name) => name in value)) return '';
  const objectArgs = argNames.filter((name) => args[name] !== null && typeof args[name] === 'object');
  if (objectArgs.length === 1) return objectArgs[0];
  return objectArgs.includes('input') ? 'input' : '';
}
