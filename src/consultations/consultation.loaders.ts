import { DataSource, In } from 'typeorm';
import { groupLoader, uniqueLoader } from '../common/loader-helpers';
import { Consultation, ConsultationEvent } from './consultation.entity';

export function createConsultationLoaders(dataSource: DataSource) {
  return {
    consultationById: uniqueLoader(dataSource, Consultation, 'id'),
    /** Each need's consultations, newest first. */
    consultationsByNeed: groupLoader(
      (ids) => dataSource.getRepository(Consultation).find({ where: { needId: In([...ids]) }, order: { createdAt: 'DESC', id: 'ASC' } }),
      (row) => row.needId,
    ),
    /** Each consultation's history, oldest first. */
    consultationEvents: groupLoader(
      (ids) => dataSource.getRepository(ConsultationEvent).find({ where: { consultationId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (row) => row.consultationId,
    ),
  };
}
