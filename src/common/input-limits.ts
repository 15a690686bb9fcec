import { getMetadataStorage } from 'class-validator';

/** The limits a GraphQL input declares on one property, as the importer's property specs name them. */
export interface InputLimits {
  /** The string's length, or each list item's. */
  maxLength?: number;
  maxItems?: number;
  min?: number;
  max?: number;
}

const LIMIT_OF: Record<string, keyof InputLimits> = { maxLength: 'maxLength', arrayMaxSize: 'maxItems', min: 'min', max: 'max' };

/**
 * The limits that the class-validator decorators of an input class (and its parents) put on
 * `property`, so that they are written once, on the GraphQL input, and other readers (the
 * importer's record specs) follow them. `pick` names the limits wanted; each must be declared,
 * so renaming or dropping a decorator fails loudly at start instead of silently lifting a limit.
 */
export function limitsOf<K extends keyof InputLimits>(
  input: abstract new (...args: never[]) => object,
  property: string,
  ...pick: K[]
): Required<Pick<InputLimits, K>> {
  const declared: InputLimits = {};
  for (const metadata of getMetadataStorage().getTargetValidationMetadatas(input, '', true, false)) {
    const limit = metadata.name ? LIMIT_OF[metadata.name] : undefined;
    if (metadata.propertyName === property && limit) declared[limit] = (metadata.constraints as number[])[0];
  }
  const picked = {} as Required<Pick<InputLimits, K>>;
  for (const key of pick) {
    if (declared[key] === undefined) throw new Error(`${input.name}.${property} declares no ${key}`);
    picked[key] = declared[key] as Required<InputLimits>[K];
  }
  return picked;
}
