// Texts of docker-compose support: hover on a variable.
const en: Record<string, string> = {
  'compose.hover.mapping': '`{variable}` → `{property}` — the {image} image writes this variable into service {service}\'s server.properties as `{property}`.',
  'compose.complete.mapping': 'The image writes `{variable}` as `{property}`.',
  'compose.rename.unmappable': 'This rename touches a value written through ${...} or a block scalar, which cannot be edited in place.',
};

const zh: Record<string, string> = {
  'compose.hover.mapping': '`{variable}` → `{property}` —— {image} 镜像把这个变量写入服务 {service} 的 server.properties，键名为 `{property}`。',
  'compose.complete.mapping': '镜像把 `{variable}` 写成 `{property}`。',
  'compose.rename.unmappable': '此重命名涉及通过 ${...} 或块标量写出的值，无法就地修改。',
};

export const composeMessages = { en, 'zh-cn': zh };
