// Texts of the editor features (hover, completion, commands), the engine itself and the CLI.
export const uiMessages = {
  en: {
    'engine.ruleFailed': 'Internal error in rule {code}: {error}. Please report it.',
  } as Record<string, string>,
  'zh-cn': {
    'engine.ruleFailed': '规则 {code} 内部错误：{error}。请报告此问题。',
  } as Record<string, string>,
};
