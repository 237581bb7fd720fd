// A map that reads as another map with a few entries replaced or added, without copying it: the document view
// (document-view.ts) changes one file of a workspace of thousands for a hover or a completion.
export class OverlayMap<K, V> extends Map<K, V> {
  constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly changes: ReadonlyMap<K, V>,
  ) {
    super();
    let added = 0;
    for (const key of changes.keys()) if (!base.has(key)) added++;
    Object.defineProperty(this, 'size', { value: base.size + added });
  }

  override get(key: K): V | undefined {
    return this.changes.has(key) ? this.changes.get(key) : this.base.get(key);
  }

  override has(key: K): boolean {
    return this.changes.has(key) || this.base.has(key);
  }

  override set(_key: K, _value: V): this {
    throw new Error('OverlayMap is read-only');
  }

  override delete(): boolean {
    throw new Error('OverlayMap is read-only');
  }

  override clear(): void {
    throw new Error('OverlayMap is read-only');
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  override entries(): ReturnType<Map<K, V>['entries']> {
    return this.generate() as ReturnType<Map<K, V>['entries']>;
  }

  override keys(): ReturnType<Map<K, V>['keys']> {
    return (function* (entries) {
      for (const [key] of entries) yield key;
    })(this.generate()) as ReturnType<Map<K, V>['keys']>;
  }

  override values(): ReturnType<Map<K, V>['values']> {
    return (function* (entries) {
      for (const [, value] of entries) yield value;
    })(this.generate()) as ReturnType<Map<K, V>['values']>;
  }

  override [Symbol.iterator](): ReturnType<Map<K, V>['entries']> {
    return this.entries();
  }

  private *generate(): Generator<[K, V]> {
    for (const [key, value] of this.base) yield [key, this.changes.has(key) ? this.changes.get(key)! : value];
    for (const [key, value] of this.changes) if (!this.base.has(key)) yield [key, value];
  }
}
