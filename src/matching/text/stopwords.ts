/**
 * Words too common to say anything about a match. Rare-but-generic words (技術, research)
 * are left to BM25's inverse document frequency instead of being listed here.
 */

export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each etc few for from further had has have having he her here hers him his how ' +
    'i if in into is it its itself just may might more most must my no nor not now of off on once only or other our ours out ' +
    'over own per same she should so some such than that the their theirs them then there these they this those through to too ' +
    'under until up upon us use used using very via was we were what when where which while who whom why will with would you your ' +
    'within without'
  ).split(' '),
);

/** Base forms of Japanese content words that carry no topic (formal nouns, light verbs). */
export const JAPANESE_STOPWORDS: ReadonlySet<string> = new Set([
  'こと',
  'もの',
  'ため',
  'よう',
  'ところ',
  'とき',
  'など',
  'これ',
  'それ',
  'あれ',
  'どれ',
  'ここ',
  'そこ',
  '事',
  '物',
  '為',
  '様',
  '等',
  '時',
  '中',
  '上',
  '下',
  '方',
  '的',
  '化',
  '性',
  '者',
  'する',
  'いる',
  'ある',
  'なる',
  'できる',
  'れる',
  'られる',
  'せる',
  'させる',
  'おる',
  'いう',
  '言う',
  'くる',
  'くださる',
  'いただく',
  'もらう',
  'くれる',
  'しまう',
  'みる',
  'いく',
  '行く',
  '来る',
  'やる',
  '思う',
  '考える',
  '持つ',
  '図る',
  '目指す',
  '用いる',
  '行う',
  '得る',
  '出来る',
  '場合',
  '必要',
  '可能',
  '以上',
  '以下',
  '現在',
  '今回',
  '今後',
  '当社',
  '弊社',
  '本研究',
  '本技術',
]);
