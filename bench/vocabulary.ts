/**
 * Domain vocabulary for synthetic seeds and needs, per field family. Texts are assembled from
 * these phrases, so each family has its own words in Japanese and English: matching then has
 * real lexical signal to work with, as in a national directory, instead of random noise.
 */
export interface Phrases {
  /** What is studied or made (the grammatical object of a title). */
  subjects: string[];
  /** How: methods, processes, instruments. */
  methods: string[];
  /** What for: the effect or property improved. */
  goals: string[];
  /** Short index terms (at most 50 characters each). */
  keywords: string[];
  /** Problems a company runs into (needs). */
  problems: string[];
}

export interface FieldFamily {
  id: string;
  /** Leaf field codes of src/demo/data/reference.json. */
  fields: string[];
  /** Industry names for companies of this family. */
  industries: string[];
  ja: Phrases;
  en: Phrases;
}

export const FAMILIES: FieldFamily[] = [
  {
    id: 'oled',
    fields: ['organic-electronics.oled-lighting', 'organic-electronics.oled-display'],
    industries: ['照明器具製造', 'ディスプレイ部材'],
    ja: {
      subjects: ['有機EL照明パネル', '有機ELディスプレイ', '有機EL素子', '発光材料', '薄膜封止層', 'フレキシブル有機ELパネル'],
      methods: ['高温高湿加速試験', '真空蒸着', 'インクジェット塗布', '分光放射計測', '原子層堆積', '熱活性化遅延蛍光材料の分子設計'],
      goals: ['長寿命化', '発光効率の向上', 'ダークスポット抑制', '色度ばらつきの低減', '低コスト化'],
      keywords: ['有機EL', '有機EL照明', '寿命評価', '封止', 'TADF', '発光効率', '蒸着', 'ダークスポット'],
      problems: ['有機EL照明の寿命が想定より短い', 'パネルの輝度むらが大きい', '封止工程での不良率が高い'],
    },
    en: {
      subjects: ['OLED lighting panels', 'OLED displays', 'organic light-emitting diodes', 'emitter materials', 'thin-film encapsulation'],
      methods: ['accelerated damp-heat testing', 'vacuum deposition', 'inkjet printing', 'spectroradiometry', 'atomic layer deposition'],
      goals: ['longer lifetime', 'higher external quantum efficiency', 'suppression of dark spots', 'uniform colour point', 'lower cost'],
      keywords: ['OLED', 'lifetime testing', 'encapsulation', 'TADF', 'luminous efficacy', 'dark spots'],
      problems: ['OLED panels fail earlier than specified', 'luminance is not uniform across the panel', 'encapsulation yield is low'],
    },
  },
  {
    id: 'organic-devices',
    fields: ['organic-electronics.transistor', 'organic-electronics.solar', 'organic-electronics.printed', 'organic-electronics.storage'],
    industries: ['印刷電子デバイス', '電池部材製造'],
    ja: {
      subjects: ['有機トランジスタ', '有機薄膜太陽電池', '印刷フレキシブルセンサ', 'リチウムイオン電池電極', '全固体電池'],
      methods: ['スクリーン印刷', 'ロールツーロール塗工', 'インピーダンス解析', '溶液プロセス', '電極スラリーの分散制御'],
      goals: ['移動度の向上', '変換効率の向上', '曲げ耐久性の確保', 'サイクル寿命の改善', '量産プロセスの確立'],
      keywords: ['有機トランジスタ', '印刷エレクトロニクス', 'フレキシブルデバイス', '蓄電池', '有機太陽電池', '塗工'],
      problems: ['フレキシブル基板上の配線が断線する', '電池の容量劣化が早い', '塗工膜の厚みが安定しない'],
    },
    en: {
      subjects: ['organic thin-film transistors', 'organic photovoltaics', 'printed flexible sensors', 'lithium-ion battery electrodes'],
      methods: ['screen printing', 'roll-to-roll coating', 'impedance spectroscopy', 'solution processing'],
      goals: ['higher carrier mobility', 'higher power conversion efficiency', 'bending durability', 'longer cycle life'],
      keywords: ['printed electronics', 'organic transistor', 'flexible device', 'battery', 'organic photovoltaics'],
      problems: ['printed interconnects crack when bent', 'battery capacity fades quickly', 'coating thickness varies'],
    },
  },
  {
    id: 'bio',
    fields: ['biotech.metabolomics', 'biotech.protein-materials', 'growth.medical'],
    industries: ['食品・バイオ素材', '医療機器製造'],
    ja: {
      subjects: ['食品成分', '腸内細菌代謝物', '構造タンパク質繊維', '日本酒の香気成分', '診断用バイオマーカー', '介護用機器'],
      methods: ['メタボローム解析', 'キャピラリー電気泳動質量分析', '発酵条件の最適化', '微生物培養', '臨床評価'],
      goals: ['機能性表示の根拠づけ', '品質の安定化', '新素材の量産', '早期診断', '生産性の向上'],
      keywords: ['メタボローム', 'CE-MS', '発酵', 'バイオマーカー', '構造タンパク質', '機能性食品', '代謝物'],
      problems: ['製品ごとの風味のばらつきの原因が分からない', '機能性成分の根拠データが不足している', '培養の収率が低い'],
    },
    en: {
      subjects: ['food metabolites', 'gut microbial metabolites', 'structural protein fibres', 'diagnostic biomarkers'],
      methods: ['metabolome analysis', 'capillary electrophoresis mass spectrometry', 'fermentation optimisation', 'microbial culture'],
      goals: ['evidence for functional claims', 'consistent quality', 'scalable production of new materials', 'early diagnosis'],
      keywords: ['metabolomics', 'CE-MS', 'fermentation', 'biomarker', 'structural protein', 'functional food'],
      problems: ['flavour varies between batches for unknown reasons', 'we lack data to support a health claim'],
    },
  },
  {
    id: 'mobility-robotics',
    fields: ['growth.automotive', 'growth.aircraft', 'growth.robotics'],
    industries: ['自動車部品製造', '航空機部品加工', '産業用ロボット'],
    ja: {
      subjects: ['車載部品', '航空機用構造部材', '協働ロボット', 'CFRP部品', '電動アクチュエータ', '自動搬送装置'],
      methods: ['有限要素解析', '疲労試験', '画像認識', '強化学習による動作計画', 'トポロジー最適化'],
      goals: ['軽量化', '耐久性の向上', '作業の自動化', '品質保証の効率化', '安全性の確保'],
      keywords: ['軽量化', 'CFRP', 'ロボット', '自動化', '疲労強度', '画像検査', '協働ロボット'],
      problems: ['組立工程の人手不足を自動化で補いたい', '部品の軽量化と強度を両立できない', '外観検査を自動化したい'],
    },
    en: {
      subjects: ['automotive parts', 'aircraft structural parts', 'collaborative robots', 'CFRP components', 'electric actuators'],
      methods: ['finite element analysis', 'fatigue testing', 'image recognition', 'reinforcement-learning motion planning'],
      goals: ['weight reduction', 'higher durability', 'automation of manual work', 'efficient quality assurance'],
      keywords: ['lightweighting', 'CFRP', 'robotics', 'automation', 'fatigue strength', 'visual inspection'],
      problems: ['we need to automate assembly to cope with staff shortages', 'parts must be lighter but stay strong'],
    },
  },
  {
    id: 'energy-agri-food',
    fields: ['growth.energy', 'growth.food-agri.agri-machinery', 'growth.food-agri.food-processing'],
    industries: ['食品加工', '農業機械', '再生可能エネルギー'],
    ja: {
      subjects: ['さくらんぼの選果', '米粉食品', '木質バイオマス', '小水力発電', '農業用ドローン', '果樹の収穫機'],
      methods: ['近赤外分光', '乾燥条件の最適化', '熱量計算', 'センシングによる生育診断', '殺菌工程の見直し'],
      goals: ['省力化', '賞味期限の延長', 'エネルギーコストの削減', '収量の向上', '食品ロスの削減'],
      keywords: ['スマート農業', '食品加工', '選果', 'バイオマス', '省エネ', '賞味期限', '乾燥'],
      problems: ['選果作業の負担を減らしたい', '加工食品の賞味期限を延ばしたい', '工場の電力コストを下げたい'],
    },
    en: {
      subjects: ['cherry sorting', 'rice-flour foods', 'woody biomass', 'small hydropower', 'agricultural drones'],
      methods: ['near-infrared spectroscopy', 'drying optimisation', 'heat balance calculation', 'crop sensing'],
      goals: ['labour saving', 'longer shelf life', 'lower energy cost', 'higher yield', 'less food waste'],
      keywords: ['smart agriculture', 'food processing', 'fruit sorting', 'biomass', 'energy saving', 'shelf life'],
      problems: ['sorting fruit by hand takes too long', 'we want a longer shelf life for processed food'],
    },
  },
  {
    id: 'mounting',
    fields: ['clusters.electronics.mounting', 'clusters.electronics.soldering', 'clusters.electronics.emc', 'clusters.electrical-machinery'],
    industries: ['電子部品実装(EMS)', '電気機械器具製造'],
    ja: {
      subjects: ['はんだ接合部', 'プリント基板', 'BGA実装', '車載制御基板', 'モータ制御回路', 'ノイズフィルタ'],
      methods: ['X線検査', 'リフロープロファイルの最適化', '熱衝撃試験', '電磁界シミュレーション', '断面観察'],
      goals: ['ボイドの低減', '接合信頼性の向上', 'ノイズの抑制', '不良率の低減', 'EMC規格への適合'],
      keywords: ['はんだ', '鉛フリー', 'リフロー', 'ボイド', '高密度実装', 'EMC', 'ノイズ対策', 'BGA'],
      problems: ['はんだ接合部のボイドが多い', 'EMC試験で放射ノイズが規格を超える', '熱サイクルで接合部が割れる'],
    },
    en: {
      subjects: ['solder joints', 'printed circuit boards', 'BGA assemblies', 'automotive control boards', 'noise filters'],
      methods: ['X-ray inspection', 'reflow profile optimisation', 'thermal shock testing', 'electromagnetic simulation'],
      goals: ['fewer voids', 'higher joint reliability', 'noise suppression', 'lower defect rate', 'EMC compliance'],
      keywords: ['soldering', 'lead-free solder', 'reflow', 'voids', 'high-density mounting', 'EMC'],
      problems: ['too many voids in solder joints', 'radiated emissions exceed the EMC limit'],
    },
  },
  {
    id: 'iot-semiconductor',
    fields: ['clusters.embedded-iot', 'clusters.semiconductors'],
    industries: ['組込みソフトウェア開発', '半導体製造装置'],
    ja: {
      subjects: ['IoTセンサ', '設備稼働データ', '振動センサ', 'パワー半導体', 'エッジデバイス', '半導体ウェハ'],
      methods: ['機械学習による異常検知', '低消費電力無線通信', 'エッジ処理', 'プラズマエッチング', '熱設計'],
      goals: ['予知保全', '電池寿命の延長', '歩留まりの向上', '設備の見える化', '消費電力の削減'],
      keywords: ['IoT', 'センサ', '予知保全', '異常検知', 'LPWA', '半導体', 'エッジAI', '見える化'],
      problems: ['設備の故障を事前に知りたい', '工場の稼働状況を見える化したい', 'センサの電池がすぐ切れる'],
    },
    en: {
      subjects: ['IoT sensors', 'machine operating data', 'vibration sensors', 'power semiconductors', 'edge devices'],
      methods: ['machine-learning anomaly detection', 'low-power wireless', 'edge computing', 'plasma etching'],
      goals: ['predictive maintenance', 'longer battery life', 'higher yield', 'visibility of operations'],
      keywords: ['IoT', 'sensor', 'predictive maintenance', 'anomaly detection', 'LPWA', 'edge AI'],
      problems: ['we want to predict machine failures', 'sensor batteries run out too soon'],
    },
  },
  {
    id: 'metalwork',
    fields: ['clusters.casting-machining', 'clusters.moulds', 'clusters.plating', 'clusters.ceramics'],
    industries: ['鋳造', '金型製作', 'めっき加工', 'セラミックス製造'],
    ja: {
      subjects: ['鋳鉄部品', 'アルミダイカスト', 'プレス金型', '射出成形金型', '無電解ニッケルめっき', 'ファインセラミックス'],
      methods: ['湯流れ解析', '金型温度制御', '表面処理条件の最適化', '焼結条件の検討', '切削条件の最適化'],
      goals: ['鋳造欠陥の低減', '金型寿命の延長', '耐食性の向上', '膜厚の均一化', '加工時間の短縮'],
      keywords: ['鋳造', '金型', 'めっき', '表面処理', 'ダイカスト', '巣', '耐食性', 'セラミックス', '切削'],
      problems: ['鋳物に巣が発生する', '金型の摩耗が早い', 'めっきの密着不良が出る', '膜厚がばらつく'],
    },
    en: {
      subjects: ['cast iron parts', 'aluminium die castings', 'stamping dies', 'injection moulds', 'electroless nickel plating'],
      methods: ['mould-filling simulation', 'die temperature control', 'surface treatment optimisation', 'sintering'],
      goals: ['fewer casting defects', 'longer die life', 'better corrosion resistance', 'uniform coating thickness'],
      keywords: ['casting', 'moulds and dies', 'plating', 'surface treatment', 'die casting', 'porosity'],
      problems: ['castings show porosity', 'dies wear too quickly', 'plating does not adhere well'],
    },
  },
  {
    id: 'textiles',
    fields: ['clusters.textiles'],
    industries: ['織物製造'],
    ja: {
      subjects: ['米沢織', '絹織物', '機能性繊維', '天然染料', '織物の意匠'],
      methods: ['ジャカード織機の制御', '草木染めの色彩計測', '糸の撚り条件の検討', '風合い評価'],
      goals: ['新製品の開発', '色の再現性向上', '海外販路の開拓', '伝統技術の継承'],
      keywords: ['米沢織', '絹', '草木染め', '繊維', '織物', '意匠'],
      problems: ['草木染めの色が安定しない', '若い世代向けの新製品を作りたい'],
    },
    en: {
      subjects: ['Yonezawa-ori textiles', 'silk fabrics', 'functional fibres', 'natural dyes'],
      methods: ['jacquard loom control', 'colour measurement of plant dyes', 'yarn twist optimisation'],
      goals: ['new product development', 'reproducible colour', 'overseas sales channels'],
      keywords: ['Yonezawa-ori', 'silk', 'natural dye', 'textiles', 'weaving'],
      problems: ['plant-dye colours are not reproducible', 'we want products for younger customers'],
    },
  },
  {
    id: 'management',
    fields: ['management.sales', 'management.succession', 'management.finance', 'management.hr'],
    industries: ['卸売', '地域商社'],
    ja: {
      subjects: ['地域の中小製造業', '家族経営の企業', '技術系人材', '地場産品'],
      methods: ['事業計画の策定支援', 'デジタルマーケティング', '補助金の活用', 'OJTプログラムの設計'],
      goals: ['販路の拡大', '円滑な事業承継', '資金調達', '人材の定着'],
      keywords: ['販路開拓', '事業承継', '資金調達', '人材育成', '補助金', '経営改善'],
      problems: ['後継者が決まっていない', '新しい販路を開拓したい', '若手技術者が定着しない'],
    },
    en: {
      subjects: ['regional small manufacturers', 'family businesses', 'technical staff', 'local products'],
      methods: ['business planning support', 'digital marketing', 'use of public subsidies', 'on-the-job training design'],
      goals: ['new sales channels', 'smooth business succession', 'financing', 'staff retention'],
      keywords: ['market development', 'business succession', 'financing', 'human resources', 'subsidies'],
      problems: ['there is no successor yet', 'we need new sales channels'],
    },
  },
];

/** Sentence frames; `{s}` subject, `{m}` method, `{g}` goal, `{n}` a number. */
export const FRAMES = {
  ja: {
    title: ['{m}による{s}の{g}', '{s}における{g}のための{m}', '{s}の{g}に向けた{m}の開発'],
    summary: [
      '{s}を対象に、{m}を用いて{g}を目指します。',
      '従来法と比べて主要な指標を約{n}%改善しました。',
      '{m}の条件を系統的に変え、{s}の特性との関係を明らかにしています。',
      '試作品の評価や共同での実証にも対応します。',
      '企業の製造現場での{g}に応用できます。',
    ],
    need: ['{p}。{s}について{m}を含めて相談したい。', '{p}。{g}のために技術指導を受けたい。'],
    needTitle: ['{s}の{g}', '{p}'],
  },
  en: {
    title: ['{m} for {g} of {s}', '{g} of {s} by {m}', 'Towards {g}: {m} applied to {s}'],
    summary: [
      'We apply {m} to {s} in order to achieve {g}.',
      'Compared with conventional methods, the key indicator improved by about {n}%.',
      'By varying the conditions of {m} systematically we relate process and performance of {s}.',
      'Prototype evaluation and joint demonstration with companies are possible.',
      'The results can be applied to {g} on the factory floor.',
    ],
    need: ['{p}. We would like advice on {m} for {s}.', '{p}. We are looking for a partner to achieve {g}.'],
    needTitle: ['{g} of {s}', '{p}'],
  },
};

export const FAMILY_NAMES = [
  ['佐藤', 'Sato'],
  ['鈴木', 'Suzuki'],
  ['高橋', 'Takahashi'],
  ['田中', 'Tanaka'],
  ['伊藤', 'Ito'],
  ['渡辺', 'Watanabe'],
  ['山本', 'Yamamoto'],
  ['中村', 'Nakamura'],
  ['小林', 'Kobayashi'],
  ['加藤', 'Kato'],
  ['吉田', 'Yoshida'],
  ['山田', 'Yamada'],
  ['佐々木', 'Sasaki'],
  ['菅野', 'Kanno'],
  ['斎藤', 'Saito'],
  ['阿部', 'Abe'],
  ['遠藤', 'Endo'],
  ['後藤', 'Goto'],
  ['庄司', 'Shoji'],
  ['結城', 'Yuki'],
  ['大沼', 'Onuma'],
  ['今野', 'Konno'],
  ['武田', 'Takeda'],
  ['石川', 'Ishikawa'],
] as const;

export const GIVEN_NAMES = [
  ['一郎', 'Ichiro'],
  ['拓海', 'Takumi'],
  ['花子', 'Hanako'],
  ['真理子', 'Mariko'],
  ['健太', 'Kenta'],
  ['美咲', 'Misaki'],
  ['翔', 'Sho'],
  ['陽菜', 'Hina'],
  ['大輔', 'Daisuke'],
  ['由美', 'Yumi'],
  ['誠', 'Makoto'],
  ['智子', 'Tomoko'],
  ['亮', 'Ryo'],
  ['彩', 'Aya'],
  ['浩二', 'Koji'],
  ['直樹', 'Naoki'],
  ['恵', 'Megumi'],
  ['修', 'Osamu'],
] as const;

export const TITLES = ['教授', '准教授', '講師', '助教', '主任研究員', '研究員', '専門研究員'];

/** Institution name parts per kind, Japanese and English. */
export const INSTITUTION_KINDS = [
  { kind: 'UNIVERSITY', ja: '大学', en: 'University', share: 0.45 },
  { kind: 'KOSEN', ja: '工業高等専門学校', en: 'National Institute of Technology', share: 0.1 },
  { kind: 'PUBLIC_LAB', ja: '工業技術センター', en: 'Industrial Technology Center', share: 0.2 },
  { kind: 'RESEARCH_INSTITUTE', ja: '先端研究所', en: 'Advanced Research Institute', share: 0.15 },
  { kind: 'SUPPORT_ORGANIZATION', ja: '産業振興機構', en: 'Industry Promotion Organization', share: 0.1 },
] as const;

export const COMPANY_SUFFIXES = [
  ['精機', 'Seiki'],
  ['電子', 'Denshi'],
  ['化学', 'Kagaku'],
  ['工業', 'Kogyo'],
  ['テクノ', 'Techno'],
  ['製作所', 'Works'],
  ['システムズ', 'Systems'],
  ['マテリアル', 'Materials'],
  ['食品', 'Foods'],
  ['織物', 'Textiles'],
] as const;
