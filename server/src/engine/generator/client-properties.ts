// client.properties of a generated topology: what the README's smoke test needs to reach a secured broker listener.
import { isSasl, isSsl } from './spec';
import { SECRETS_DIR } from './properties';
import type { RenderContext } from './scripts';

/** Client settings for the smoke test when the broker listener is secured; the password stays a placeholder. */
export function renderClientProperties(ctx: RenderContext, listener = ctx.spec.brokerListener): string | undefined {
  if (listener.protocol === 'PLAINTEXT') return undefined;
  const out = [
    `# Client settings for the ${listener.name} listener (used by the smoke test in README.md).`,
    `security.protocol=${listener.protocol}`,
  ];
  if (isSsl(listener.protocol)) {
    out.push('# CHANGE_ME: truststore with the CA of the cluster (placeholder path and password).');
    out.push(`ssl.truststore.location=${SECRETS_DIR}/truststore.p12`);
    out.push('ssl.truststore.type=PKCS12');
    out.push('ssl.truststore.password=CHANGE_ME');
  }
  if (isSasl(listener.protocol) && listener.saslMechanism) {
    out.push(`sasl.mechanism=${listener.saslMechanism}`);
    out.push('# CHANGE_ME: the password of the SASL user admin.');
    const module =
      listener.saslMechanism === 'PLAIN'
        ? 'org.apache.kafka.common.security.plain.PlainLoginModule'
        : 'org.apache.kafka.common.security.scram.ScramLoginModule';
    out.push(`sasl.jaas.config=${module} required username="admin" password="CHANGE_ME";`);
  }
  out.push('');
  return out.join('\n');
}
