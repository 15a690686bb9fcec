import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../common/connection';
import { RecordStatus } from '../common/enums';
import { loadPresent } from '../common/loader-helpers';
import { idOf, withDecodedIds } from '../common/global-id';
import { loadByGlobalId } from '../common/lookup';
import { showsResearcherContact } from './contact-visibility';
import { Consortium } from '../consortia/consortium.entity';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { Institution } from '../institutions/institution.entity';
import { Seed } from '../seeds/seed.entity';
import { SeedStatus } from '../seeds/seed.enums';
import { visibleSeeds } from '../seeds/seed.visibility';
import { ResearchField } from '../taxonomy/research-field.entity';
import { RegisterResearcherInput, ResearchersArgs, UpdateResearcherInput } from './researcher.inputs';
import { Researcher } from './researcher.entity';

@ObjectType({ description: 'A page of researchers' })
export class ResearcherConnection extends Connection(Researcher, 'Researcher') {}

@Resolver(() => Researcher)
export class ResearcherResolver {
  @Allowed('READ_PUBLIC')
  @Query(() => Researcher, { nullable: true, description: 'A researcher by global ID; null when it does not exist / 研究者' })
  researcher(@Arg('id', () => ID, { description: 'Global ID of the researcher' }) id: string, @Ctx() ctx: RequestContext): Promise<Researcher | null> {
    return loadByGlobalId(ctx.loaders.researcherById, id, 'Researcher');
  }

  @Allowed('READ_PUBLIC')
  @Query(() => Researcher, { nullable: true, description: 'A researcher by external key; null when there is none' })
  researcherByKey(@Arg('key', { description: 'External key, e.g. `r-sato`' }) key: string, @Ctx() ctx: RequestContext): Promise<Researcher | null> {
    return ctx.services.researchers.getByKey(ctx.viewer, key);
  }

  @Allowed('READ_PUBLIC')
  @Query(() => ResearcherConnection, { description: 'Researchers, filtered, ordered by Japanese name / 研究者一覧' })
  researchers(@Args() args: ResearchersArgs, @Ctx() ctx: RequestContext): Promise<ResearcherConnection> {
    return ctx.services.researchers.list(ctx.viewer, withDecodedIds(args.filter, { institutionId: 'Institution' }, 'filter'), args);
  }

  @Allowed('WRITE_RESEARCHERS')
  @Mutation(() => Researcher, { description: 'Registers a researcher / 研究者を登録する' })
  registerResearcher(@Arg('input', { description: 'The new researcher' }) input: RegisterResearcherInput, @Ctx() ctx: RequestContext): Promise<Researcher> {
    return ctx.services.researchers.register(ctx.viewer, withDecodedIds(input, { institutionId: 'Institution' }, 'input'));
  }

  @Allowed('WRITE_RESEARCHERS')
  @Mutation(() => Researcher, { description: 'Updates a researcher; refused with CONFLICT when `expectedVersion` is stale / 研究者情報を更新する' })
  updateResearcher(@Arg('input', { description: 'The changes' }) input: UpdateResearcherInput, @Ctx() ctx: RequestContext): Promise<Researcher> {
    return ctx.services.researchers.update(ctx.viewer, withDecodedIds(input, { id: 'Researcher', institutionId: 'Institution' }, 'input'));
  }

  @Allowed('WRITE_RESEARCHERS')
  @Mutation(() => Researcher, { description: 'Archives a researcher (kept, hidden from default lists) / 研究者をアーカイブする' })
  archiveResearcher(
    @Arg('id', () => ID, { description: 'The researcher' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you last read' }) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Researcher> {
    return ctx.services.researchers.archive(ctx.viewer, idOf(id, 'Researcher', 'id'), expectedVersion);
  }

  // Personal contact data: partner portals read this API, so it shows only with the researcher's consent.
  @FieldResolver(() => String, { nullable: true, description: 'E-mail; null unless the researcher made their contact details public' })
  email(@Root() researcher: Researcher, @Ctx() ctx: RequestContext): string | null {
    return showsResearcherContact(ctx.viewer, researcher) ? researcher.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Phone; null unless the researcher made their contact details public' })
  phone(@Root() researcher: Researcher, @Ctx() ctx: RequestContext): string | null {
    return showsResearcherContact(ctx.viewer, researcher) ? researcher.phone : null;
  }

  @FieldResolver(() => Institution, { description: 'The institution the researcher belongs to' })
  async institution(@Root() researcher: Researcher, @Ctx() ctx: RequestContext): Promise<Institution> {
    return (await ctx.loaders.institutionById.load(researcher.institutionId)) as Institution;
  }

  @FieldResolver(() => [ResearchField], { description: 'Taxonomy nodes of the researcher' })
  fields(@Root() researcher: Researcher, @Ctx() ctx: RequestContext): Promise<ResearchField[]> {
    return loadPresent(ctx.loaders.fieldByCode, researcher.fieldCodes);
  }

  @FieldResolver(() => [Seed], { description: 'Seeds the researcher owns, newest first; published ones unless `status` says otherwise' })
  async seeds(
    @Root() researcher: Researcher,
    @Arg('status', () => [SeedStatus], { defaultValue: [SeedStatus.PUBLISHED], description: 'Statuses to include (default: PUBLISHED only)' })
    status: SeedStatus[],
    @Ctx() ctx: RequestContext,
  ): Promise<Seed[]> {
    const links = await ctx.loaders.seedsByOwner.load(researcher.id);
    return visibleSeeds(
      ctx,
      links.map((link) => link.seed).filter((seed) => status.includes(seed.status)),
    );
  }

  @FieldResolver(() => [Consortium], { description: 'Active consortia the researcher is a member of (研究会・協議会)' })
  async consortia(@Root() researcher: Researcher, @Ctx() ctx: RequestContext): Promise<Consortium[]> {
    const memberships = await ctx.loaders.membershipsByResearcher.load(researcher.id);
    const consortia = await loadPresent(
      ctx.loaders.consortiumById,
      memberships.map((m) => m.consortiumId),
    );
    return consortia.filter((consortium) => consortium.status === RecordStatus.ACTIVE);
  }
}
