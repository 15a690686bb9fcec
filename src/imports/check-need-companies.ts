import type { EntityManager } from 'typeorm';
import { Company } from '../companies/company.entity';
import { takesNeeds } from '../companies/company-takes-needs';
import { RecordStatus } from '../common/enums';
import { Need } from '../needs/need.entity';
import { CheckedRecord, problemAt } from './check-records';
import type { ImportProblem } from './import-report';
import { importMessages as msg } from './import-messages';
import { findInChunks } from './in-chunks';
import type { KeyDirectory } from './key-directory';
import type { RecordType } from './record-types';

/**
 * Refuses the needs submitNeed and updateNeed would refuse: a need registered for, or moved to,
 * a company that takes no needs (takesNeeds) as the file leaves it. The file's companies are
 * written before its needs, so a company's status in the file wins over the database's: one
 * the file archives takes no new need, one the file makes active again does.
 *
 * Two cases are not new work and pass, as they do in the API: a need that stays with its own
 * company (updateNeed lets a need of an archived company be edited), and a need of a company
 * that this file itself brings in already archived (its past, as an export carries it: an export
 * imported into an empty database must recreate it).
 *
 * Runs after checkReferences (whose directory holds the database ids of every referenced
 * company) and skips unknown companies, which that check reports. At most two queries per
 * import, whatever the number of needs.
 */
export async function checkNeedCompanies(manager: EntityManager, records: Map<RecordType, CheckedRecord[]>, directory: KeyDirectory): Promise<ImportProblem[]> {
  const needs = (records.get('needs') ?? []).filter((need) => typeof need.values.company === 'string');
  if (needs.length === 0) return [];
  const companyKey = (need: CheckedRecord) => need.values.company as string;

  const statusInFile = new Map<string, RecordStatus>();
  for (const company of records.get('companies') ?? []) {
    if (company.identity !== null && !statusInFile.has(company.identity)) statusInFile.set(company.identity, company.values.status as RecordStatus);
  }
  const storedKeys = [...new Set(needs.map(companyKey))].filter((key) => !statusInFile.has(key) && directory.get('companies', key) !== undefined);
  const stored = await findInChunks(storedKeys, (chunk) => manager.find(Company, { where: { key: chunk }, select: { key: true, status: true } }));
  const statusInDatabase = new Map(stored.map((company) => [company.key, company.status]));

  const toArchived = needs.filter((need) => {
    const key = companyKey(need);
    const status = statusInFile.get(key) ?? statusInDatabase.get(key);
    if (status === undefined || takesNeeds({ status })) return false;
    const broughtInByFile = statusInFile.has(key) && directory.get('companies', key) === undefined;
    return !broughtInByFile;
  });
  if (toArchived.length === 0) return [];

  const needKeys = toArchived.flatMap((need) => (need.identity !== null ? [need.identity] : []));
  const current = await findInChunks(needKeys, (chunk) => manager.find(Need, { where: { key: chunk }, select: { key: true, companyId: true } }));
  const currentCompany = new Map(current.map((need) => [need.key, need.companyId]));
  return toArchived
    .filter((need) => need.identity === null || currentCompany.get(need.identity) !== directory.get('companies', companyKey(need)))
    .map((need) => problemAt(need, 'company', msg.archivedCompany()));
}
