/**
 * Phonetic keys on which a katakana loan word and the English word it came from meet, for
 * loan words no dictionary holds (フレッティング / fretting, ダイシング / dicing).
 *
 * Back-transliteration reduced to its robust part: Japanese adds vowels (epenthesis: フ-レ-ッ-
 * ティ-ン-グ for "fretting") and English spells vowels unpredictably, but the consonants mostly
 * survive. Both sides are mapped to one consonant skeleton:
 *  - katakana: small vowels and ャュョ combine with the kana before (ティ = ti, ファ = fa,
 *    キャ = kya); ッ (gemination) and ー (long vowel) add nothing; ン before b/p/m is m;
 *  - English: silent final e, "tion"/"sion" = sh, ph = f, th = s (Japanese ス/ズ), ck/qu/c = k,
 *    soft c = s, soft g/dge = j, gh/kn/wr/mb silent, x = ks, postvocalic r dropped as
 *    Japanese drops it ("sputter" → スパッタ, "core" → コア);
 *  - Japanese epenthetic vowels (short u after a consonant, o after t/d, before a consonant or
 *    at the end) removed, since English does not spell them;
 *  - both: l = r, v = b, z = s, sh = s, each run of vowels (and y) one ".", repeated consonants
 *    merged. Where vowels are is kept, which vowels is not (English spelling is too irregular).
 * So "fretting" and フレッティング are both "fr.t.ng", "heat sink" and ヒートシンク "h.ts.nk".
 *
 * A key of fewer than MIN_CONSONANTS consonants would collide (b.d: void, bad, bed, bid…): then
 * the key keeps the vowels themselves ("boid" for void and ボイド) and must be
 * MIN_VOWELLED_LENGTH long, else there is no key. Vowelled keys never equal skeletons (which
 * have no vowel letters).
 */

export const MIN_CONSONANTS = 3;
export const MIN_VOWELLED_LENGTH = 4;

/** Prefix suggested for the term of a phonetic key ("phon:fr.t.ng"), kept apart from words and concepts. */
export const PHONETIC_TERM_KIND = 'phon';

const KANA_ROMAJI: Readonly<Record<string, string>> = {
  ア: 'a',
  イ: 'i',
  ウ: 'u',
  エ: 'e',
  オ: 'o',
  カ: 'ka',
  キ: 'ki',
  ク: 'ku',
  ケ: 'ke',
  コ: 'ko',
  ガ: 'ga',
  ギ: 'gi',
  グ: 'gu',
  ゲ: 'ge',
  ゴ: 'go',
  サ: 'sa',
  シ: 'shi',
  ス: 'su',
  セ: 'se',
  ソ: 'so',
  ザ: 'za',
  ジ: 'ji',
  ズ: 'zu',
  ゼ: 'ze',
  ゾ: 'zo',
  タ: 'ta',
  チ: 'chi',
  ツ: 'tsu',
  テ: 'te',
  ト: 'to',
  ダ: 'da',
  ヂ: 'ji',
  ヅ: 'zu',
  デ: 'de',
  ド: 'do',
  ナ: 'na',
  ニ: 'ni',
  ヌ: 'nu',
  ネ: 'ne',
  ノ: 'no',
  ハ: 'ha',
  ヒ: 'hi',
  フ: 'fu',
  ヘ: 'he',
  ホ: 'ho',
  バ: 'ba',
  ビ: 'bi',
  ブ: 'bu',
  ベ: 'be',
  ボ: 'bo',
  パ: 'pa',
  ピ: 'pi',
  プ: 'pu',
  ペ: 'pe',
  ポ: 'po',
  マ: 'ma',
  ミ: 'mi',
  ム: 'mu',
  メ: 'me',
  モ: 'mo',
  ヤ: 'ya',
  ユ: 'yu',
  ヨ: 'yo',
  ラ: 'ra',
  リ: 'ri',
  ル: 'ru',
  レ: 're',
  ロ: 'ro',
  ワ: 'wa',
  ヰ: 'i',
  ヱ: 'e',
  ヲ: 'o',
  ン: 'N',
  ヴ: 'vu',
  ァ: 'a',
  ィ: 'i',
  ゥ: 'u',
  ェ: 'e',
  ォ: 'o',
  ャ: 'ya',
  ュ: 'yu',
  ョ: 'yo',
  ヮ: 'wa',
  ヵ: 'ka',
  ヶ: 'ke',
};
const SMALL_VOWELS = new Set(['ァ', 'ィ', 'ゥ', 'ェ', 'ォ']);
const SMALL_Y = new Set(['ャ', 'ュ', 'ョ']);

/** Katakana (hiragana folded to katakana) → romaji with combinations resolved; undefined if not all kana. */
export function katakanaToRomaji(word: string): string | undefined {
  const chars = [...word.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))];
  let out = '';
  for (const c of chars) {
    if (c === 'ー' || c === 'ッ') {
      out += c === 'ッ' ? 'Q' : ':';
      continue;
    }
    if (c === '・' || c === ' ' || c === '=') continue;
    const romaji = KANA_ROMAJI[c];
    if (romaji === undefined) return undefined;
    const previousVowel = /[aeiou]:?$/.test(out);
    if (SMALL_VOWELS.has(c) && previousVowel) {
      // ティ = ti, ファ = fa, ヴァ = va, シェ = she: the small vowel replaces the vowel before it;
      // ウィ = wi (ウ alone becomes w).
      out = /(?:^|[aeiouQN])u$/.test(out) ? `${out.slice(0, -1)}w` : out.slice(0, -1);
      out += romaji;
      continue;
    }
    if (SMALL_Y.has(c) && /(?:shi|chi|ji)$/.test(out)) {
      out = out.slice(0, -1) + romaji.slice(1); // シャ = sha, チョ = cho, ジュ = ju
      continue;
    }
    if (SMALL_Y.has(c) && /i$/.test(out)) {
      out = out.slice(0, -1) + romaji; // キャ = kya
      continue;
    }
    out += romaji;
  }
  return out.replace(/N(?=[bpm])/g, 'm').replace(/Q/g, '');
}

/** Consonant classes shared by both sides. */
function consonantClasses(phonemes: string): string {
  return phonemes.replace(/sh/g, 's').replace(/ch/g, 'c').replace(/l/g, 'r').replace(/v/g, 'b').replace(/z/g, 's');
}

/**
 * The key proper: consonant classes, each run of vowels (and y) one ".", repeated consonants
 * merged: "fretting" and フレッティング (epenthetic vowels removed) are both "fr.t.ng".
 */
function skeleton(phonemes: string): string {
  return consonantClasses(phonemes)
    .replace(/[aeiouy]+/g, '.')
    .replace(/([^.])\1+/g, '$1');
}

/** For short words: consonant classes with the vowels themselves ("boid" for void and ボイド). */
function vowelled(phonemes: string): string {
  return consonantClasses(phonemes)
    .replace(/y/g, '')
    .replace(/(.)\1+/g, '$1');
}

function keyOf(phonemes: string): string | undefined {
  const key = skeleton(phonemes);
  if (key.replace(/\./g, '').length >= MIN_CONSONANTS) return key;
  const short = vowelled(phonemes);
  return short.length >= MIN_VOWELLED_LENGTH && /[aeiou]/.test(short) ? short : undefined;
}

/**
 * The phonetic key of a katakana word (or a compound written with ・ or spaces), or undefined
 * when it is not all kana or too short to be specific. フレッティング → "fr.t.ng", ボイド → "boid".
 */
export function katakanaPhoneticKey(word: string): string | undefined {
  const romaji = katakanaToRomaji(word.normalize('NFKC'));
  if (romaji === undefined || romaji === '') return undefined;
  // Epenthetic vowels, which English does not spell: a short u after a consonant (フ, ク, ル…)
  // and a short o after t/d (ト, ド) before another consonant or at the end; i of a final チ/ジ.
  const phonemes = romaji
    .replace(/(?<=[^aeiouN:])u(?=[^aeiouyN:]|$)/g, '')
    .replace(/(?<=[td])o(?=[^aeiouyN:]|$)/g, '')
    .replace(/(?<=ch|j)i$/, '')
    .replace(/:/g, '')
    .replace(/N/g, 'n');
  return keyOf(phonemes);
}

/** English spelling → a phoneme string in the romaji alphabet used above (vowels kept). */
function englishPhonemes(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length > 3) w = w.replace(/([^aeiou])e$/, '$1'); // silent e: grease, line, hole
  return w
    .replace(/^ch(?=em|lor|rom|or|ara|ao)|(?<=te|me|sy)ch|ch(?=r|l)/g, 'k') // chemical, technology, chrome
    .replace(/t?ch/g, 'C') // placeholders: C = ch, S = sh, J = j (so the c and s rules below leave them)
    .replace(/[st]s?i(?=on|al|a)/g, 'S') // cavitation, tension, partial
    .replace(/tu(?=r)/g, 'Cu') // picture
    .replace(/sh/g, 'S')
    .replace(/ph/g, 'f')
    .replace(/th/g, 's')
    .replace(/wh/g, 'w')
    .replace(/gh(?=t|$)/g, '')
    .replace(/^kn/, 'n')
    .replace(/^wr/, 'r')
    .replace(/^ps/, 's')
    .replace(/mb$/, 'm')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/dg(?=e|$)/g, 'J')
    .replace(/(?<=.)g(?=[eiy])/g, 'J')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/(?<=[aeiou])w/g, '') // ow, aw, ew are vowels
    .replace(/(?<=[aeiouy])r+(?![aeiouy])/g, '') // postvocalic r: sputter → スパッタ, core → コア
    .replace(/n(?=[bp])/g, 'm')
    .replace(/C/g, 'ch')
    .replace(/S/g, 'sh')
    .replace(/J/g, 'j');
}

/**
 * The phonetic key of an English word or phrase (words' keys concatenated, as katakana writes
 * compounds without spaces: "heat sink" → "h.ts.nk" like ヒートシンク), or undefined when too short.
 */
export function englishPhoneticKey(phrase: string): string | undefined {
  const words = phrase.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length === 0) return undefined;
  return keyOf(words.map(englishPhonemes).join(''));
}
