import { allowedTransitions, isOpenIntroductionStatus, pastOutcomeTargets } from '../../../src/introductions/introduction-states';
import { IntroductionStatus } from '../../../src/introductions/introduction.enums';

describe('the life of an introduction', () => {
  it.each([
    [IntroductionStatus.PROPOSED, [IntroductionStatus.INTRODUCED, IntroductionStatus.DECLINED, IntroductionStatus.WITHDRAWN]],
    [IntroductionStatus.INTRODUCED, [IntroductionStatus.MEETING, IntroductionStatus.DECLINED, IntroductionStatus.WITHDRAWN]],
    [IntroductionStatus.MEETING, [IntroductionStatus.NEGOTIATING, IntroductionStatus.DECLINED, IntroductionStatus.WITHDRAWN]],
    [IntroductionStatus.NEGOTIATING, [IntroductionStatus.AGREED, IntroductionStatus.DECLINED, IntroductionStatus.WITHDRAWN]],
    [IntroductionStatus.AGREED, []],
    [IntroductionStatus.DECLINED, []],
    [IntroductionStatus.WITHDRAWN, []],
  ])('from %s: %j', (from, to) => {
    expect(allowedTransitions(from)).toEqual(to);
    expect(isOpenIntroductionStatus(from)).toBe(to.length > 0);
  });

  it('lets an administrator record any later state of an open introduction', () => {
    expect(pastOutcomeTargets(IntroductionStatus.INTRODUCED)).toEqual([
      IntroductionStatus.MEETING,
      IntroductionStatus.NEGOTIATING,
      IntroductionStatus.AGREED,
      IntroductionStatus.DECLINED,
      IntroductionStatus.WITHDRAWN,
    ]);
    expect(pastOutcomeTargets(IntroductionStatus.AGREED)).toEqual([]);
  });
});
