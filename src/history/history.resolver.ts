import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { fromGlobalId } from '../common/global-id';
import type { RequestContext } from '../graphql/context';
import { ChangeRecordConnection, HistoryArgs } from './history.types';

@Resolver()
export class HistoryResolver {
  @Query(() => ChangeRecordConnection, {
    description:
      'Who changed a record, when, and each field before and after, newest first / 変更履歴. For a seed, need, company, institution, consortium, researcher, coordinator or account you may read; values you may not read (a confidential need’s details, private contacts, passwords) show as `withheld`',
  })
  history(@Args() args: HistoryArgs, @Ctx() ctx: RequestContext): Promise<ChangeRecordConnection> {
    return ctx.services.history.list(ctx.viewer, fromGlobalId(args.id, undefined, 'id'), args) as Promise<ChangeRecordConnection>;
  }
}
