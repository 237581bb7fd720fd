import { at, defineNodeRule } from '../rule';

export default defineNodeRule({
  code: 'quorum-size',
  defaultSeverity: 'warning',
  docs: {
    en: 'A quorum needs a majority of its voters alive. An even number of voters tolerates no more failures than one voter fewer (4 voters survive 1 failure, like 3), so 3 or 5 are the usual sizes. A single voter is fine for development but has no fault tolerance.',
    zh: '仲裁需要多数投票者存活。偶数个投票者能容忍的故障数并不比少一个时多（4 个与 3 个一样只能容忍 1 个故障），所以通常用 3 或 5 个。单个投票者适合开发环境，但没有容错能力。',
  },
  messages: {
    en: {
      even: '{count} voters tolerate {tolerated} failure(s), no more than {smaller} voters would: prefer an odd quorum size (3 or 5).',
      single: 'A single voter: fine for development, but the cluster stops when this controller is down.',
    },
    zh: {
      even: '{count} 个投票者只能容忍 {tolerated} 个故障，与 {smaller} 个投票者相同：建议使用奇数个（3 或 5）。',
      single: '只有一个投票者：适合开发环境，但该控制器宕机时整个集群会停止工作。',
    },
  },
  check({ node, report }) {
    const entry = node.votersEntry;
    if (!entry || node.voters.some((voter) => voter.parsed.problem)) return;
    const count = new Set(node.voters.map((voter) => voter.parsed.id)).size;
    if (count === 1) report({ range: at.value(node, entry), messageId: 'single', severity: 'information' });
    else if (count > 1 && count % 2 === 0) {
      report({
        range: at.value(node, entry),
        messageId: 'even',
        args: { count, tolerated: Math.floor((count - 1) / 2), smaller: count - 1 },
      });
    }
  },
});
