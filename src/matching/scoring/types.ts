import type { AnalysedText, CorpusStats } from '../text';
import type { TermLabels } from './text-evidence';

/**
 * Plain profiles the ranking works on. The database layer builds them from entities; nothing
 * here knows TypeORM or GraphQL. Enum values are the strings of docs/data-format.md.
 */

export type Language = 'JA' | 'EN';
export type NeedCategory = 'TECHNICAL' | 'RESEARCH' | 'MANAGEMENT';
export type CollaborationForm = 'JOINT_RESEARCH' | 'CONTRACT_RESEARCH' | 'TECHNICAL_GUIDANCE' | 'LICENSING' | 'EQUIPMENT_USE';

/** What needs and seeds have in common, so factors can be written once for both directions. */
export interface MatchableProfile {
  readonly id: string;
  readonly keywords: readonly string[];
  readonly fieldCodes: readonly string[];
  /** Region code (an AREA, PREFECTURE or COUNTRY of the region tree), or null when unknown. */
  readonly regionCode: string | null;
  readonly consortiumIds: readonly string[];
  readonly language: Language;
  /** Terms as the database stored them; analysed from the text on the fly when absent. */
  readonly analysed?: AnalysedText;
}

/** A company's need (企業ニーズ). */
export interface NeedProfile extends MatchableProfile {
  readonly title: string;
  readonly description: string;
  readonly desiredTrl: number | null;
  readonly category: NeedCategory;
  readonly wantedForms: readonly CollaborationForm[];
  /** The company's consortia. */
  readonly consortiumIds: readonly string[];
  readonly createdAt: Date;
  /** Groups a company's needs for diversity when ranking needs for a seed. */
  readonly companyId?: string;
  /** When ranking needs for a seed: the company worked earlier with the seed's researchers. */
  readonly pastCollaborationWithSeed?: boolean;
}

/** A research seed (研究シーズ). */
export interface SeedProfile extends MatchableProfile {
  readonly title: string;
  readonly summary: string;
  readonly trl: number | null;
  readonly collaborationForms: readonly CollaborationForm[];
  /** The institution's region. */
  readonly regionCode: string | null;
  readonly institutionId: string;
  /** Owner researchers. */
  readonly ownerIds: readonly string[];
  /** Groups one laboratory's seeds for diversity (e.g. the sorted owner ids joined). */
  readonly labKey: string;
  /** Consortia of the owners and of the institution. */
  readonly consortiumIds: readonly string[];
  /** When ranking seeds for a need: the owners worked earlier with the need's company. */
  readonly pastCollaborationWithCompany: boolean;
  /** Introductions of the owners still open (researcher load). */
  readonly openIntroductions: number;
  readonly updatedAt: Date;
}

/** A name in both display languages. */
export interface LocalisedText {
  readonly ja: string;
  readonly en: string;
}

/** Field taxonomy as code → parent code (null for a top-level field). */
export type FieldTaxonomy = Readonly<Record<string, string | null>>;

export type RegionKind = 'COUNTRY' | 'PREFECTURE' | 'AREA';

export interface RegionNode {
  readonly parent: string | null;
  readonly kind: RegionKind;
  /** Prefectures this one cooperates with (read in both directions). */
  readonly cooperatesWith?: readonly string[];
}

/** Region tree as code → node. */
export type RegionTree = Readonly<Record<string, RegionNode>>;

/** Display names for explanations; a missing name falls back to the code. */
export interface NameLookup {
  readonly fields?: Readonly<Record<string, LocalisedText>>;
  readonly regions?: Readonly<Record<string, LocalisedText>>;
  readonly consortia?: Readonly<Record<string, LocalisedText>>;
  /** Labels of matched terms; the shipped concept table and dictionary when absent. */
  readonly terms?: TermLabels;
}

/** Everything a ranking needs besides the profiles, as plain data. */
export interface MatchingContext {
  /** Statistics of the candidates' collection (seeds when ranking seeds, needs when ranking needs). */
  readonly corpus: CorpusStats;
  readonly taxonomy: FieldTaxonomy;
  readonly regions: RegionTree;
  readonly names?: NameLookup;
  /** The moment of ranking; factors never read the clock. */
  readonly now: Date;
}

/** What every factor returns: a value in [0, 1] and the facts behind it. */
export interface FactorResult<Detail> {
  readonly value: number;
  readonly detail: Detail;
}

/** Clamps to [0, 1]; NaN becomes 0 so one bad input cannot poison a score. */
export function unitInterval(x: number): number {
  return Number.isNaN(x) ? 0 : Math.min(1, Math.max(0, x));
}
