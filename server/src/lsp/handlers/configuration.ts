// workspace/didChangeConfiguration: `kraft.*` settings changed; ask again, re-read the folders, validate.
import { anything, checkedNotification } from '../validate';
import type { Handler } from './handler';

export const configurationHandler: Handler = {
  register(connection, session) {
    // The params are not used (the settings are asked for), so any shape will do.
    connection.onDidChangeConfiguration(
      checkedNotification(connection, 'workspace/didChangeConfiguration', anything, async () => {
        session.settings.forget();
        session.invalidateAll();
        await session.reindex();
      }),
    );
  },
};
