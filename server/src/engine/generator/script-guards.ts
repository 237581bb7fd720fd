// Shell lines the generated scripts start with, so that they fail at once with a clear message.

/**
 * Fails at once when Kafka's own scripts are missing (KAFKA_HOME unset or wrong): otherwise a start in an `&&` list,
 * where `set -e` does not apply, would go on to wait two minutes for a quorum that cannot form.
 */
export function requireKafkaScripts(scripts: string[]): string[] {
  return [
    `for script in ${scripts.join(' ')}; do`,
    '  if [ ! -x "$KAFKA_HOME/bin/$script" ]; then',
    '    echo "$KAFKA_HOME/bin/$script not found or not executable: set KAFKA_HOME to the Kafka installation." >&2',
    '    exit 1',
    '  fi',
    'done',
  ];
}
