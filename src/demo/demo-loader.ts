import { DataSource } from 'typeorm';

export interface DemoLoadSummary {
  loaded: boolean;
  description: string;
}

/** Loads the demo dataset unless the database already holds records (so a restart adds nothing). */
export async function loadDemoDataIfEmpty(dataSource: DataSource): Promise<DemoLoadSummary> {
  void dataSource;
  return { loaded: false, description: 'not implemented yet' };
}
