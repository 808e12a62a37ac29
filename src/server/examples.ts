/**
 * The analysts' questions, each one query. The IDE opens with them in tabs, and the integration tests
 * run exactly these texts, so a schema change that breaks an example fails a test.
 */
export const EXAMPLES = {
  shanghaiChongqingAgreements: `# 上海的哪些机构与重庆的机构签署了协议？依据是什么？
# Which Shanghai bodies signed agreements with Chongqing bodies, and on what evidence?
query ShanghaiChongqingAgreements {
  organizations(
    where: {
      locatedIn: { some: { name: { eq: "上海市" } } }
      signedAgreementWith: { some: { locatedIn: { some: { name: { eq: "重庆市" } } } } }
    }
  ) {
    name
    signedAgreementWithConnection(where: { node: { locatedIn: { some: { name: { eq: "重庆市" } } } } }) {
      edges {
        node { name }
        properties { ... on Evidence { evidence docTitle date } }
      }
    }
  }
}
`,
  shanghaiChongqingPaths: `# 上海与重庆之间 4 跳以内的合作路径（每一跳附证据）
# Cooperation paths between 上海 and 重庆 within 4 hops, each hop with its evidence.
query ShanghaiChongqingPaths {
  cooperationPaths(from: "上海", to: "重庆", maxHops: 4) {
    length
    nodes { name type }
    hops { type evidence docTitle date }
  }
}
`,
  coBuilders: `# 谁共建了长三角国家技术创新中心？
# Who co-built 长三角国家技术创新中心?
query CoBuilders {
  entity(name: "长三角国家技术创新中心") {
    name
    type
    coBuiltByConnection {
      edges {
        node { name type }
        properties { ... on Evidence { evidence docTitle } }
      }
    }
  }
}
`,
  jiangsuPilots: `# 江苏试点了哪些项目？在哪里试点？
# Which programs does 江苏 pilot, and where?
query JiangsuPilots {
  regions(where: { name: { eq: "江苏省" } }) {
    name
    pilots { name pilotedBy { name type } }
    parts { name pilots { name } }
    locatedHere { name pilots { name pilotedBy { name type } } }
  }
}
`,
  search: `# 中文分词检索：“科委”“科学技术”都能找到上海市科学技术委员会
query Search {
  search(text: "科学技术") { id name type aliases }
}
`,
} as const;

export type ExampleName = keyof typeof EXAMPLES;
