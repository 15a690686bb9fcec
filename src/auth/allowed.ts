import { createMethodMiddlewareDecorator } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { authorize, Operation } from './policy';

/**
 * Refuses a query or mutation unless the policy grants the viewer the operation (UNAUTHENTICATED
 * for anonymous callers, FORBIDDEN otherwise), before the resolver runs. For resolvers whose
 * services do not take the viewer themselves (matching, import/export).
 */
export function Allowed(operation: Operation): MethodDecorator {
  return createMethodMiddlewareDecorator<RequestContext>(async ({ context }, next) => {
    authorize(context.viewer, operation);
    return next();
  });
}
