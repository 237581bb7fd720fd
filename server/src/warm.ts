// The signal a bundle gives its launcher (code-cache.ts) once its first piece of real work is done: the functions it
// compiled for that work are then worth caching for the next start.
export const WARM_EVENT = 'kraft-config:warm';

export function signalWarm(): void {
  (process.emit as (event: string) => boolean)(WARM_EVENT);
}
