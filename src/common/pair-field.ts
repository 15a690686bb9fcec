import { IsOptional } from 'class-validator';
import { Field } from 'type-graphql';
import type { FieldOptions } from 'type-graphql';

/** A field's GraphQL type, as `@Field(() => Type)` takes it. */
type ReturnTypeFunc = NonNullable<Parameters<typeof Field>[0]>;

/** The two sides of a Register/Update input pair. */
export type PairSide = 'register' | 'update';

/**
 * One field of a Register/Update input pair, written once: its GraphQL type and its checks, with
 * what each side says of it. On the update side the field is always nullable and optional
 * (absent or null: left as it is, or cleared where the service says so); on the register side
 * it is required unless `register` makes it nullable (then optional too) or gives a default.
 * The checks run in the order written, as stacked decorators would.
 */
export function pairField(
  type: ReturnTypeFunc,
  options: { register: FieldOptions & { description: string }; update: string },
  ...checks: PropertyDecorator[]
): (side: PairSide) => PropertyDecorator {
  return (side) => {
    const field = side === 'update' ? Field(type, { nullable: true, description: options.update }) : Field(type, options.register);
    const optional = side === 'update' || options.register.nullable === true;
    const decorators = [field, ...(optional ? [IsOptional()] : []), ...checks];
    // Decorators stacked above a property apply bottom-up: keep that order for the metadata.
    return (target, property) => [...decorators].reverse().forEach((decorate) => decorate(target, property));
  };
}
