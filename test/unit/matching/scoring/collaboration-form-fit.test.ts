import { CollaborationForm, collaborationFormFit, describeCollaborationFormFit } from '../../../../src/matching/scoring';

const parameters = { anyOverlap: 0.7, noOverlap: 0, unknown: 0.5 };
type Forms = CollaborationForm[];

describe('collaborationFormFit', () => {
  it.each<[string, Forms, Forms, number]>([
    ['all wanted forms offered', ['JOINT_RESEARCH'], ['JOINT_RESEARCH', 'LICENSING'], 1],
    ['one of two wanted forms offered', ['JOINT_RESEARCH', 'LICENSING'], ['LICENSING'], 0.85],
    ['none offered', ['TECHNICAL_GUIDANCE'], ['LICENSING'], 0],
    ['nothing wanted', [], ['LICENSING'], 0.5],
    ['nothing offered', ['LICENSING'], [], 0.5],
    ['duplicates ignored', ['LICENSING', 'LICENSING'], ['LICENSING'], 1],
  ])('%s', (_case, wanted, offered, expected) => {
    expect(collaborationFormFit(wanted, offered, parameters).value).toBeCloseTo(expected, 10);
  });

  it.each<[Forms, Forms, string, string]>([
    [['JOINT_RESEARCH', 'LICENSING'], ['JOINT_RESEARCH'], '対応可能な連携形態: 共同研究(希望2件中1件)', 'Offers joint research (1 of 2 wanted forms)'],
    [
      ['LICENSING', 'JOINT_RESEARCH'],
      ['JOINT_RESEARCH', 'LICENSING'],
      '希望の連携形態に対応: 共同研究、ライセンス',
      'Offers the wanted forms: joint research, licensing',
    ],
    [['EQUIPMENT_USE'], ['LICENSING'], '希望の連携形態(設備利用)に非対応', 'Does not offer the wanted forms (equipment use)'],
  ])('explains %j vs %j', (wanted, offered, ja, en) => {
    expect(describeCollaborationFormFit(collaborationFormFit(wanted, offered, parameters).detail)).toEqual({ ja, en });
  });
});
