import DataLoader from 'dataloader';
import { fromGlobalId } from './global-id';

/** Lookup by global ID for `seed(id:)`-style queries: null when absent, BAD_USER_INPUT when malformed. */
export async function loadByGlobalId<T>(loader: DataLoader<string, T | null>, globalId: string, typeName: string): Promise<T | null> {
  const { id } = fromGlobalId(globalId, typeName);
  return loader.load(id);
}
