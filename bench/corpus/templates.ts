// Sentence templates and vocabularies for the synthetic corpus: written for this benchmark, in the
// style of provincial news releases. Slots in braces are filled by generate.ts:
//   {A} {B} {C}      agencies (A is the document's lead agency)
//   {RA} {RB} {RC}   short region names (RA is the lead region); {CITY1} {CITY2} cities of RA's province
//   {TOPIC} {TOPIC2} policy topics; {PROGRAM} {CENTRE} {PLATFORM} {POLICY} named things
//   {DATE} 6月3日-style date; {N} a small number; {YEAR} a year

/** Agency name endings by the level of the region they belong to. */
export const AGENCIES = {
  province: [
    '人民政府',
    '发展和改革委员会',
    '科学技术厅',
    '工业和信息化厅',
    '商务厅',
    '教育厅',
    '财政厅',
    '生态环境厅',
    '交通运输厅',
    '农业农村厅',
    '文化和旅游厅',
    '卫生健康委员会',
    '市场监督管理局',
    '大数据管理局',
  ],
  municipality: [
    '人民政府',
    '发展和改革委员会',
    '科学技术委员会',
    '经济和信息化委员会',
    '商务委员会',
    '教育委员会',
    '财政局',
    '生态环境局',
    '交通委员会',
    '农业农村委员会',
    '文化和旅游局',
    '卫生健康委员会',
    '市场监督管理局',
  ],
  city: [
    '人民政府',
    '发展和改革委员会',
    '科学技术局',
    '工业和信息化局',
    '商务局',
    '教育局',
    '财政局',
    '生态环境局',
    '交通运输局',
    '农业农村局',
    '文化广电旅游局',
    '卫生健康委员会',
    '市场监督管理局',
    '大数据局',
  ],
  county: ['人民政府', '发展和改革局', '科学技术局', '商务局', '教育局'],
} as const;

export const TOPICS = [
  '数字经济',
  '人工智能',
  '生物医药',
  '新能源汽车',
  '集成电路',
  '智能制造',
  '绿色低碳',
  '乡村振兴',
  '跨境电商',
  '智慧城市',
  '普惠金融',
  '知识产权',
  '数据要素',
  '营商环境',
  '现代物流',
  '文化旅游',
  '职业教育',
  '医疗健康',
  '氢能',
  '低空经济',
];

/** Named programs; `{T}` takes a topic. */
export const PROGRAMS = [
  '信易贷',
  '{T}综合试验区',
  '{T}示范区建设',
  '“一网通办”',
  '{T}先行区',
  '{T}提升行动',
];
export const CENTRES = [
  '{R}{T}创新中心',
  '{R}{T}产业园',
  '{R}国家{T}技术创新中心',
  '{R}{T}研究院',
  '{R}{T}实验室',
];
export const PLATFORMS = ['{T}公共服务平台', '{R}政务数据共享平台', '{R}{T}交易平台', '{T}综合服务平台'];
export const POLICIES = [
  '关于加快推进{T}高质量发展的实施意见',
  '{R}{T}三年行动计划（2024—2026年）',
  '关于支持{T}发展的若干措施',
  '{R}{T}专项资金管理办法',
];

/** Sentences that state a relation, by the relation they are meant to express. */
export const RELATION_SENTENCES = {
  SIGNED_AGREEMENT: [
    '{DATE}，{A}与{B}在{CITY1}签署《{TOPIC}战略合作框架协议》。',
    '{A}、{B}和{C}共同签署《{TOPIC}合作协议》，三方将在{TOPIC2}等领域开展合作。',
    '{DATE}，{A}同{B}签订了{TOPIC}合作备忘录。',
    '会上，{B}与{A}签署了《{RA}{RB}{TOPIC}合作协议》。',
  ],
  CO_BUILT: [
    '由{RA}、{RB}、{RC}共同建设的{CENTRE}正式揭牌。',
    '{A}与{B}共建{CENTRE}。',
    '{CENTRE}，由{A}与{B}共同建设，于{DATE}投入运行。',
    '{RA}和{RB}将联合共建{CENTRE}。',
  ],
  PILOTS: [
    '{A}在{CITY1}、{CITY2}开展{PROGRAM}试点。',
    '{A}确定{CITY1}为{PROGRAM}试点城市。',
    '{PROGRAM}试点已在{CITY1}和{CITY2}启动，由{A}统筹推进。',
  ],
  LAUNCHED: [
    '{DATE}，{A}正式上线{PLATFORM}。',
    '{A}启动{PROGRAM}，首批覆盖{N}个县（市、区）。',
    '{PLATFORM}由{A}开发建设，目前已接入{N}个部门的数据。',
  ],
  ISSUED: [
    '近日，{A}印发《{POLICY}》。',
    '{A}发布了《{POLICY}》，提出到{YEAR}年{TOPIC}产业规模明显提升。',
    '《{POLICY}》由{A}和{B}联合印发。',
  ],
  COOPERATES_WITH: [
    '{A}联合{B}举办{TOPIC}产业对接会。',
    '{A}会同{B}开展{TOPIC}专项行动。',
    '{A}与{B}建立{TOPIC}协同机制，定期会商重大事项。',
  ],
} as const;

/** Sentences with no relation: context, figures, quotes (the `bulletin` profile adds context-sentences.ts). */
export const FILLER_SENTENCES = [
  '会议指出，{TOPIC}是推动高质量发展的重要引擎。',
  '据介绍，该项目总投资{N}亿元，预计{YEAR}年建成投用。',
  '下一步，双方将在{TOPIC}、{TOPIC2}等领域深化务实合作。',
  '截至{YEAR}年底，{RA}已累计培育{TOPIC}领域企业{N}家。',
  '与会代表围绕{TOPIC}发展中的难点问题进行了深入交流。',
  '今年以来，{RA}持续优化{TOPIC2}发展环境，各项指标稳中有进。',
  '有关负责人表示，将进一步完善工作机制，确保各项任务落到实处。',
  '活动现场还发布了{N}个重点项目清单。',
  '{RA}{TOPIC}产业规模同比增长{N}%。',
  '这标志着两地合作迈上了新台阶。',
];

export const TITLES = [
  '{RA}{TOPIC}合作取得新进展',
  '{RA}与{RB}深化{TOPIC}领域合作',
  '{A}召开{TOPIC}工作推进会',
  '{RA}{TOPIC}发展综述',
  '{RA}{RB}{TOPIC}协同发展签约活动举行',
];
