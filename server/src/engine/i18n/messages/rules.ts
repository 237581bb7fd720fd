// Diagnostic messages of the validation rules.
export const ruleMessages = {
  en: {} as Record<string, string>,
  'zh-cn': {} as Record<string, string>,
};
