import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { fromGlobalId, idOf, withDecodedIds } from '../common/global-id';
import { Allowed } from '../auth/allowed';
import type { RequestContext } from '../graphql/context';
import { ConsortiumMember, ConsortiumMemberValue } from './consortium-member';
import { MemberType } from './consortium.enums';
import { AddConsortiumMemberInput, UpdateConsortiumMemberInput } from './consortium.inputs';
import { Consortium } from './consortium.entity';
import { ConsortiumMembership } from './membership.entity';

@Resolver(() => ConsortiumMembership)
export class ConsortiumMembershipResolver {
  @Allowed('WRITE_DIRECTORY')
  @Mutation(() => ConsortiumMembership, {
    description: 'Adds a company, institution or researcher to a consortium; CONFLICT when already a member / 会員を追加する',
  })
  addConsortiumMember(
    @Arg('input', { description: 'Consortium, member and role' }) input: AddConsortiumMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsortiumMembership> {
    const consortiumId = idOf(input.consortiumId, 'Consortium', 'input.consortiumId');
    const member = fromGlobalId(input.memberId, undefined, 'input.memberId');
    return ctx.services.consortia.addMember(ctx.viewer, { consortiumId, member, role: input.role });
  }

  @Allowed('WRITE_DIRECTORY')
  @Mutation(() => ConsortiumMembership, {
    description: "Changes a member's role; refused with CONFLICT when `expectedVersion` is stale / 会員の役割を変更する",
  })
  updateConsortiumMember(
    @Arg('input', { description: 'Membership, role and version' }) input: UpdateConsortiumMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsortiumMembership> {
    return ctx.services.consortia.updateMember(ctx.viewer, withDecodedIds(input, { id: 'ConsortiumMembership' }, 'input'));
  }

  @Allowed('WRITE_DIRECTORY')
  @Mutation(() => Consortium, { description: 'Removes a member from a consortium and returns the consortium / 会員を外す' })
  removeConsortiumMember(
    @Arg('membershipId', () => ID, { description: 'The membership (global ID of a ConsortiumMembership)' }) membershipId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Consortium> {
    return ctx.services.consortia.removeMember(ctx.viewer, idOf(membershipId, 'ConsortiumMembership', 'membershipId'));
  }

  // Memberships cascade-delete with their member and consortium, so both always exist.
  @FieldResolver(() => ConsortiumMember, { description: 'The company, institution or researcher' })
  async member(@Root() membership: ConsortiumMembership, @Ctx() ctx: RequestContext): Promise<ConsortiumMemberValue> {
    switch (membership.memberType) {
      case MemberType.COMPANY:
        return (await ctx.loaders.companyById.load(membership.companyId as string)) as ConsortiumMemberValue;
      case MemberType.INSTITUTION:
        return (await ctx.loaders.institutionById.load(membership.institutionId as string)) as ConsortiumMemberValue;
      case MemberType.RESEARCHER:
        return (await ctx.loaders.researcherById.load(membership.researcherId as string)) as ConsortiumMemberValue;
    }
  }

  @FieldResolver(() => Consortium, { description: 'The consortium' })
  async consortium(@Root() membership: ConsortiumMembership, @Ctx() ctx: RequestContext): Promise<Consortium> {
    return (await ctx.loaders.consortiumById.load(membership.consortiumId)) as Consortium;
  }
}
