// workspace/didChangeConfiguration: `kraft.*` settings changed; ask again, re-read the folders, validate.
import type { Handler } from './handler';

export const configurationHandler: Handler = {
  register(connection, session) {
    connection.onDidChangeConfiguration(async () => {
      session.settings.forget();
      await session.reindex();
      session.scheduleValidation(0);
    });
  },
};
