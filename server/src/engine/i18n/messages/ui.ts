// Texts of the editor features (hover, completion, commands) and of the CLI.
export const uiMessages = {
  en: {} as Record<string, string>,
  'zh-cn': {} as Record<string, string>,
};
