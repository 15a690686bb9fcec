import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const cluster = (globalThis as Record<string, unknown>).__musubiTestCluster as { stop(): Promise<void>; dataDir: string } | undefined;
  if (!cluster) return;
  await cluster.stop();
  fs.rmSync(cluster.dataDir, { recursive: true, force: true });
}
