import { DEFAULT_MATCHING_PARAMETERS, describeFieldProximity, fieldProximity, fieldRelation } from '../../../../src/matching/scoring';
import { NAMES, TAXONOMY } from '../fixtures';

const levels = DEFAULT_MATCHING_PARAMETERS.field;

describe('fieldRelation', () => {
  it.each([
    ['organic-electronics.oled-lighting', 'organic-electronics.oled-lighting', 'same', 'organic-electronics.oled-lighting'],
    ['organic-electronics', 'organic-electronics.oled-lighting', 'parentChild', 'organic-electronics'],
    ['organic-electronics.oled-lighting', 'organic-electronics', 'parentChild', 'organic-electronics'],
    ['organic-electronics.oled-lighting', 'organic-electronics.oled-display', 'sibling', 'organic-electronics'],
    ['growth', 'growth.food-agri.agri-machinery', 'ancestor', 'growth'],
    ['growth.food-agri.agri-machinery', 'growth.food-agri.food-processing', 'sibling', 'growth.food-agri'],
    ['growth.automotive', 'growth.aircraft', 'sameTopLevel', 'growth'],
    ['organic-electronics.oled-lighting', 'biotech.metabolomics', 'sameTopLevel', 'advanced'],
    ['organic-electronics.oled-lighting', 'management.succession', 'unrelated', null],
    // Not in the taxonomy: placed by its dots under organic-electronics.
    ['organic-electronics.oled-lighting', 'organic-electronics.new-admin-field', 'sibling', 'organic-electronics'],
  ])('%s ~ %s → %s', (a, b, relation, common) => {
    expect(fieldRelation(a, b, TAXONOMY)).toEqual({ relation, commonField: common });
  });
});

describe('fieldProximity', () => {
  it.each([
    ['same node', ['organic-electronics.oled-lighting'], ['organic-electronics.oled-lighting'], levels.same],
    ['parent and child', ['organic-electronics'], ['organic-electronics.oled-display'], levels.parentChild],
    ['siblings', ['organic-electronics.oled-lighting'], ['organic-electronics.oled-display'], levels.sibling],
    ['ancestor two levels up', ['growth'], ['growth.food-agri.food-processing'], levels.ancestor],
    ['same top level', ['growth.automotive'], ['growth.aircraft'], levels.sameTopLevel],
    ['unrelated', ['management.succession'], ['biotech.metabolomics'], levels.unrelated],
    ['the closest pair decides', ['management.succession', 'growth.aircraft'], ['biotech.metabolomics', 'growth.aircraft'], levels.same],
    ['need without fields is neutral', [], ['growth.aircraft'], levels.unknown],
    ['seed without fields is neutral', ['growth.aircraft'], [], levels.unknown],
  ])('%s', (_case, needFields, seedFields, expected) => {
    expect(fieldProximity(needFields, seedFields, TAXONOMY, levels).value).toBe(expected);
  });

  it('orders the levels as the requirements say', () => {
    expect(levels.same).toBeGreaterThan(levels.parentChild);
    expect(levels.parentChild).toBeGreaterThan(levels.sibling);
    expect(levels.sibling).toBeGreaterThan(levels.sameTopLevel);
    expect(levels.sameTopLevel).toBeGreaterThan(levels.unrelated);
  });

  it('reports the same pair whatever the input order', () => {
    const a = fieldProximity(['growth.automotive', 'growth.aircraft'], ['growth.food-agri'], TAXONOMY, levels);
    const b = fieldProximity(['growth.aircraft', 'growth.automotive'], ['growth.food-agri'], TAXONOMY, levels);
    expect(a).toEqual(b);
    expect(a.detail.needField).toBe('growth.aircraft');
  });

  it.each([
    [['organic-electronics.oled-lighting'], ['organic-electronics.oled-lighting'], '分野が一致: 有機EL照明', 'Same field: OLED lighting'],
    [
      ['organic-electronics.oled-lighting'],
      ['organic-electronics.oled-display'],
      '近い分野(有機エレクトロニクス): 有機EL照明 / 有機ELディスプレイ',
      'Neighbouring fields in Organic electronics: OLED lighting / OLED displays',
    ],
    [[], ['organic-electronics'], '分野の指定なし', 'No field given'],
  ])('explains %j ~ %j', (needFields, seedFields, ja, en) => {
    expect(describeFieldProximity(fieldProximity(needFields, seedFields, TAXONOMY, levels).detail, NAMES)).toEqual({ ja, en });
  });
});
