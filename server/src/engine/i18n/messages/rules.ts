// Messages shared by the validation rules (each rule module carries its own messages besides these).
export const ruleMessages = {
  en: {
    'rule.nodeLabel': '{role} {id} on {host}',
    'rule.nodeLabelNoHost': '{role} {id} ({file})',
    'rule.nodeLabelNoId': '{role} ({file})',
    'rule.relatedRow': '{node}: {message}',
  } as Record<string, string>,
  'zh-cn': {
    'rule.nodeLabel': '{host} 上的 {role} {id}',
    'rule.nodeLabelNoHost': '{role} {id}（{file}）',
    'rule.nodeLabelNoId': '{role}（{file}）',
    'rule.relatedRow': '{node}：{message}',
  } as Record<string, string>,
};
