/** A V8 CPU profile (.cpuprofile) as written by the inspector's Profiler.stop. */
export interface CpuProfile {
  nodes: Array<{ id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  /** Milliseconds sampled while the process was busy (idle time excluded). */
  busyMs: number;
  idleMs: number;
  /** Self time by package (node_modules/<name>) or musubi folder, busiest first; internals count for their caller. */
  byPackage: Array<{ name: string; ms: number }>;
  /** Self time by function, busiest first. */
  byFunction: Array<{ name: string; ms: number }>;
}

/** Self time of a CPU profile grouped by package and by function. */
export function summariseProfile(profile: CpuProfile, top = 12): ProfileSummary {
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  // Samples taken inside the inspector (starting and stopping the profiler itself) are not the server's work.
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const underInspector = (id: number | undefined): boolean =>
    id !== undefined && (nodeById.get(id)!.callFrame.url === 'node:inspector' || underInspector(parentOf.get(id)));
  // Node internals, native code and WebAssembly count for the nearest package that called them
  // (a socket write made by pg is pg's; lindera's WASM is lindera's).
  const owners = new Map<number, string | null>();
  const ownerOf = (id: number | undefined): string | null => {
    if (id === undefined) return null;
    if (!owners.has(id)) owners.set(id, packageOf(nodeById.get(id)!.callFrame.url) ?? ownerOf(parentOf.get(id)));
    return owners.get(id)!;
  };
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let idle = 0;
  (profile.samples ?? []).forEach((id, index) => {
    const ms = (profile.timeDeltas?.[index] ?? 0) / 1000;
    const frame = nodeById.get(id)!.callFrame;
    if (underInspector(id)) return;
    if (frame.functionName === '(idle)') {
      idle += ms;
      return;
    }
    const where = ownerOf(id) ?? frame.functionName;
    const file = frame.url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, '');
    const name = `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : ''}`.trim();
    byPackage.set(where, (byPackage.get(where) ?? 0) + ms);
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  });
  const sorted = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms) }));
  const busyMs = [...byPackage.values()].reduce((a, b) => a + b, 0);
  return { busyMs: Math.round(busyMs), idleMs: Math.round(idle), byPackage: sorted(byPackage), byFunction: sorted(byFunction) };
}

/** `typeorm`, `@apollo/server`, `musubi src/matching` … or null for V8 and Node internals. */
function packageOf(url: string): string | null {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1];
  const own = /\/dist\/(src\/[^/]+|bench)\//.exec(url);
  return own ? `musubi ${own[1]}` : null;
}
