// Texts of the "Generate KRaft cluster" wizard, the generated READMEs and the CLI `generate` command.
export const generatorMessages = {
  en: {} as Record<string, string>,
  'zh-cn': {} as Record<string, string>,
};
