/** Reference data held in memory with invalidation on write (LISTEN/NOTIFY). */
export { ReferenceData } from './reference-data';
export type { ActiveWeightSet } from './reference-data';
export { REFERENCE_CHANNEL } from './reference-listener';
