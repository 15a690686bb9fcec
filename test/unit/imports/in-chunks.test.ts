import { FindOperator } from 'typeorm';
import { findInChunks, KEY_CHUNK } from '../../../src/imports/in-chunks';

describe('findInChunks', () => {
  it('splits more keys than PostgreSQL can bind in one statement into chunks, keeping every row', async () => {
    const keys = Array.from({ length: 70_000 }, (_, i) => `k${i}`);
    const chunkSizes: number[] = [];
    const rows = await findInChunks(keys, async (chunk: FindOperator<string>) => {
      const values = chunk.value as unknown as string[];
      chunkSizes.push(values.length);
      return values.map((key) => ({ key }));
    });
    expect(Math.max(...chunkSizes)).toBeLessThanOrEqual(KEY_CHUNK);
    expect(Math.max(...chunkSizes)).toBeLessThan(65_536);
    expect(rows.map((r) => r.key)).toEqual(keys);
  });

  it('asks nothing for no keys', async () => {
    const find = jest.fn();
    expect(await findInChunks([], find)).toEqual([]);
    expect(find).not.toHaveBeenCalled();
  });
});
