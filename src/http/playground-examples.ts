import type { PlaygroundExample } from './playground-example';
import { FINDING_EXAMPLES } from './playground-examples-finding';
import { WORKFLOW_EXAMPLES } from './playground-examples-workflow';

export type { PlaygroundExample } from './playground-example';

/**
 * The examples, in the order a coordinator meets them: sign in, search, matching, then
 * consultations, introductions and KPIs. Whatever an example writes into a record (notes, reasons) comes from its variables, never from text
 * fixed in the operation, so running one as-is cannot put an example's words into real data.
 */
export const PLAYGROUND_EXAMPLES: PlaygroundExample[] = [...FINDING_EXAMPLES, ...WORKFLOW_EXAMPLES];
