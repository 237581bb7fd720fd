// Which files are compose files: compose's own default names and the `*.override` / `docker-compose.<env>.yml` variants.
import { baseName } from './uri';

export const COMPOSE_FILE_GLOBS = [
  '**/docker-compose.yml',
  '**/docker-compose.yaml',
  '**/compose.yml',
  '**/compose.yaml',
  '**/docker-compose.*.yml',
  '**/docker-compose.*.yaml',
  '**/compose.*.yml',
  '**/compose.*.yaml',
];

export function isComposeFileName(uri: string): boolean {
  return /^(docker-)?compose(\.[\w.-]+)?\.ya?ml$/i.test(baseName(uri));
}
