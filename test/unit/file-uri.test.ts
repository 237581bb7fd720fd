// The server's file URIs: the quick form for plain POSIX paths must be exactly what pathToFileURL gives.
import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { fileUriOf } from '../../server/src/lsp/folders';

describe('file URIs', () => {
  it('equal pathToFileURL for any POSIX path (dots, escapes, non-ASCII, trailing slashes)', function () {
    if (process.platform === 'win32') this.skip();
    const unit = fc.constantFrom('/', '.', 'a', 'Z', '-', '_', '~', ' ', '%', '#', '?', '9', 'é', '\\', ':', '\n');
    fc.assert(
      fc.property(fc.string({ unit }), (tail) => {
        const path = `/${tail}`;
        assert.equal(fileUriOf(path), pathToFileURL(path).href);
      }),
      { numRuns: 5000 },
    );
    assert.equal(fileUriOf('/srv/kafka/config/server.properties'), 'file:///srv/kafka/config/server.properties');
  });
});
