// Every message from the client is checked before the session sees it: a malformed notification is logged and
// ignored, a malformed request answered with InvalidParams. A faulty client must never take the server down.
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import { t } from '../engine';

/** Says what is wrong with a value (undefined when it has the shape). `at` names the value in the message. */
export type Shape = (value: unknown, at: string) => string | undefined;

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

export const anything: Shape = () => undefined;
export const string: Shape = (value, at) =>
  typeof value === 'string' ? undefined : `${at} is ${describe(value)}, not a string`;
export const boolean: Shape = (value, at) =>
  typeof value === 'boolean' ? undefined : `${at} is ${describe(value)}, not a boolean`;
export const integer: Shape = (value, at) =>
  Number.isSafeInteger(value) ? undefined : `${at} is ${describe(value)}, not an integer`;
export const count: Shape = (value, at) =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? undefined : `${at} is not a non-negative integer`;
export const uri: Shape = (value, at) =>
  string(value, at) ?? ((value as string).length === 0 ? `${at} is empty` : undefined);

export const oneOf =
  (...values: unknown[]): Shape =>
  (value, at) =>
    values.includes(value) ? undefined : `${at} is not one of ${values.join(', ')}`;

/** Absent or null is fine (clients disagree on which they send for an omitted field). */
export const optional =
  (shape: Shape): Shape =>
  (value, at) =>
    value === undefined || value === null ? undefined : shape(value, at);

export const array =
  (item: Shape): Shape =>
  (value, at) => {
    if (!Array.isArray(value)) return `${at} is ${describe(value)}, not an array`;
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i], `${at}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };

export const object =
  (fields: Record<string, Shape>): Shape =>
  (value, at) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return `${at} is ${describe(value)}, not an object`;
    for (const [name, shape] of Object.entries(fields)) {
      const problem = shape((value as Record<string, unknown>)[name], `${at}.${name}`);
      if (problem) return problem;
    }
    return undefined;
  };

export const position = object({ line: count, character: count });
export const range = object({ start: position, end: position });
export const textDocument = object({ uri });
export const documentParams = object({ textDocument });
export const positionParams = object({ textDocument, position });
export const workspaceFolder = object({ uri });

/** Logs a malformed message once, in the user's language, on the client's output channel. */
export function reportMalformed(connection: Connection, method: string, reason: string): void {
  connection.console.warn(t('server.malformedMessage', { method, reason }));
}

/** Logs an internal error that must not end the process. */
export function reportInternalError(connection: Connection, what: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  connection.console.error(t('server.internalError', { what, error: detail }));
}

/** A request handler that answers InvalidParams, and logs, when the params do not have the shape. */
export function checkedRequest<P, A extends unknown[], R>(
  connection: Connection,
  method: string,
  shape: Shape,
  handler: (params: P, ...rest: A) => R,
): (params: P, ...rest: A) => R {
  return (params: P, ...rest: A) => {
    const problem = shape(params, 'params');
    if (problem) {
      reportMalformed(connection, method, problem);
      throw new ResponseError(ErrorCodes.InvalidParams, problem);
    }
    return handler(params, ...rest);
  };
}

/** A notification handler that ignores, and logs, malformed params; its failures are logged, never thrown. */
export function checkedNotification<P>(
  connection: Connection,
  method: string,
  shape: Shape,
  handler: (params: P) => void | Promise<void>,
): (params: P) => void {
  return (params: P) => {
    const problem = shape(params, 'params');
    if (problem) return reportMalformed(connection, method, problem);
    try {
      const done = handler(params);
      if (done instanceof Promise) done.catch((error) => reportInternalError(connection, method, error));
    } catch (error) {
      reportInternalError(connection, method, error);
    }
  };
}
