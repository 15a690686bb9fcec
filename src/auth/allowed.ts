import { createMethodMiddlewareDecorator } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { authorize, Operation } from './policy';

const OPERATION_KEY = Symbol('musubi:allowed-operation');

/**
 * The operation a query, mutation or field needs (src/auth/policy.ts): callers without it are
 * refused (UNAUTHENTICATED when anonymous, FORBIDDEN otherwise) before the resolver runs. Root
 * fields are also checked before their arguments are validated (ROOT_FIELD_OPERATIONS, which a
 * test holds equal to these decorators).
 */
export function Allowed(operation: Operation): MethodDecorator {
  const refuse = createMethodMiddlewareDecorator<RequestContext>(async ({ context }, next) => {
    authorize(context.viewer, operation);
    return next();
  });
  return (target, property, descriptor) => {
    Reflect.defineMetadata(OPERATION_KEY, operation, target, property);
    return refuse(target, property, descriptor);
  };
}

/** The operation `@Allowed` put on a resolver method, if any. */
export function allowedOperationOf(resolverClass: Function, method: string): Operation | undefined {
  return Reflect.getMetadata(OPERATION_KEY, resolverClass.prototype as object, method) as Operation | undefined;
}
