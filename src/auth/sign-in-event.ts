import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum SignInOutcome {
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  LOCKED = 'LOCKED',
}
registerEnumType(SignInOutcome, {
  name: 'SignInOutcome',
  description: 'What happened at a sign-in / ログインの結果',
  valuesConfig: {
    SUCCEEDED: { description: 'Signed in / ログインした' },
    FAILED: { description: 'Wrong password (the password tried is never stored) / パスワード誤り' },
    LOCKED: { description: 'Too many failures: further attempts are refused for a while / 失敗が続いたため一時的に受け付けを停止' },
  },
});

/**
 * One sign-in of an account, or a failed attempt at it: when, from which address, with which
 * client. Rows live in `sign_in_event`; the account's owner reads them (`mySignInActivity`),
 * so an attack on their password does not go unnoticed.
 */
@ObjectType({ description: 'A sign-in or a failed attempt on your account / ログイン履歴' })
export class SignInEvent {
  @Field(() => SignInOutcome, { description: 'What happened' })
  outcome: SignInOutcome;

  @Field({ description: 'When' })
  occurredAt: Date;

  @Field({ description: 'Client address as the server saw it (a proxy’s address when behind one)' })
  clientAddress: string;

  @Field(() => String, { nullable: true, description: 'User-Agent header sent, if any' })
  userAgent: string | null;
}
