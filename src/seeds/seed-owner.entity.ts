import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Researcher } from '../people/researcher.entity';
import { Seed } from './seed.entity';

/** Which researchers own a seed, in the order they are listed. */
@Entity()
export class SeedOwner {
  @PrimaryColumn({ type: 'uuid' })
  seedId: string;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  researcherId: string;

  @Column({ type: 'smallint', default: 0 })
  position: number;

  @ManyToOne(() => Seed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seed_id' })
  seed?: Seed;

  @ManyToOne(() => Researcher, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'researcher_id' })
  researcher?: Researcher;
}
