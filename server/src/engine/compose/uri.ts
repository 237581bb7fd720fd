// Paths inside compose files are relative to the file; the engine resolves them on URIs (or plain paths) as strings.

/** The folder of a URI or path, with a trailing `/`. */
export function folderUri(uri: string): string {
  const cut = uri.replace(/[#?].*$/, '').lastIndexOf('/');
  return cut >= 0 ? uri.slice(0, cut + 1) : '';
}

export function baseName(uri: string): string {
  return (
    uri
      .replace(/[#?].*$/, '')
      .split('/')
      .pop() ?? uri
  );
}

/** Resolves `relative` (a compose path such as `./kafka.env` or `../secrets`) against the folder of `base`. */
export function resolveUri(base: string, relative: string): string {
  const rel = relative.replace(/\\/g, '/');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rel)) return rel;
  const folder = folderUri(base);
  const schemeMatch = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i.exec(folder);
  const prefix = schemeMatch ? schemeMatch[1] : '';
  const basePath = schemeMatch ? schemeMatch[2] : folder;
  const combined = rel.startsWith('/') ? rel : basePath + rel;
  const absolute = combined.startsWith('/');
  const parts: string[] = [];
  for (const part of combined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return prefix + (absolute ? '/' : '') + parts.join('/');
}
