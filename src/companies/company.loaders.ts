import { DataSource, In } from 'typeorm';
import { groupLoader, uniqueLoader } from '../common/loader-helpers';
import { Certification } from './certification.entity';
import { Company } from './company.entity';

export function createCompanyLoaders(dataSource: DataSource) {
  return {
    companyById: uniqueLoader(dataSource, Company, 'id'),
    certificationById: uniqueLoader(dataSource, Certification, 'id'),
    certificationsByCompany: groupLoader(
      (ids) => dataSource.getRepository(Certification).find({ where: { companyId: In([...ids]) }, order: { validUntil: 'DESC', id: 'ASC' } }),
      (row) => row.companyId,
    ),
  };
}
