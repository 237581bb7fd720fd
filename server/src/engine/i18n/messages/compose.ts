// Texts of docker-compose support: hover on a variable.
const en: Record<string, string> = {
  'compose.hover.mapping':
    "`{variable}` → `{property}` — the {image} image writes this variable into service {service}'s server.properties as `{property}`.",
  'compose.complete.mapping': 'The image writes `{variable}` as `{property}`.',
  'compose.export.header':
    '# Service {service} of {file} ({image}): the server.properties its image builds from the environment.',
  'compose.export.usage':
    'Usage: kraft-config compose-export <docker-compose.yml> --out DIR [--force]\nWrites the server.properties each Kafka service of the compose file receives, as DIR/<service>/server.properties.',
  'compose.export.none': '{file} has no service running a Kafka image this project reads.',
  'compose.export.exists': '{path} exists; nothing was written. Add --force to overwrite.',
  'compose.export.written': 'Wrote {count} server.properties to {dir}.',
  'compose.export.partial':
    'note: {service} runs an image that starts from its own base configuration; keys it sets are not in {path}.',
  'compose.import.written': 'Wrote {file}: {count} services, checked with no new finding.',
  'compose.import.ids': 'Every file needs its own numeric node.id to become a compose service.',
  'compose.import.header':
    '{count} KRaft processes converted from server.properties files by kraft-config compose-import; one service each.',
  'compose.import.usage':
    'Usage: kraft-config compose-import <server.properties files or folders...> --out docker-compose.yml [--image apache|bitnami|cp-kafka] [--kafka-version V] [--force]',
  'compose.import.rejected':
    'The converted file would have findings the properties files did not have; nothing was written:',
  'compose.rename.unmappable':
    'This rename touches a value written through ${...} or a block scalar, which cannot be edited in place.',
};

const zh: Record<string, string> = {
  'compose.hover.mapping':
    '`{variable}` → `{property}` —— {image} 镜像把这个变量写入服务 {service} 的 server.properties，键名为 `{property}`。',
  'compose.complete.mapping': '镜像把 `{variable}` 写成 `{property}`。',
  'compose.export.header': '# {file} 中的服务 {service}（{image}）：其镜像根据环境变量生成的 server.properties。',
  'compose.export.usage':
    '用法：kraft-config compose-export <docker-compose.yml> --out DIR [--force]\n把 compose 文件中每个 Kafka 服务得到的 server.properties 写成 DIR/<服务>/server.properties。',
  'compose.export.none': '{file} 中没有运行本项目可读取的 Kafka 镜像的服务。',
  'compose.export.exists': '{path} 已存在，未写入任何文件。加上 --force 可覆盖。',
  'compose.export.written': '已向 {dir} 写入 {count} 个 server.properties。',
  'compose.export.partial': '注意：{service} 的镜像从它自己的基础配置开始；该配置设置的键不在 {path} 中。',
  'compose.import.written': '已写入 {file}：{count} 个服务，检查后没有新的发现。',
  'compose.import.ids': '每个文件都需要自己的数字 node.id，才能成为一个 compose 服务。',
  'compose.import.header':
    '由 kraft-config compose-import 从 server.properties 文件转换的 {count} 个 KRaft 进程；每个进程一个服务。',
  'compose.import.usage':
    '用法：kraft-config compose-import <server.properties 文件或目录...> --out docker-compose.yml [--image apache|bitnami|cp-kafka] [--kafka-version V] [--force]',
  'compose.import.rejected': '转换后的文件会出现 properties 文件原本没有的发现，未写入任何文件：',
  'compose.rename.unmappable': '此重命名涉及通过 ${...} 或块标量写出的值，无法就地修改。',
};

export const composeMessages = { en, 'zh-cn': zh };
