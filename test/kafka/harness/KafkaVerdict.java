/*
 * Real-Kafka oracle: asks Apache Kafka itself whether it accepts a server.properties file.
 *
 * For every path given (or listed, one per line, in an "@listfile" argument) this program
 *   1. loads the file exactly as kafka.Kafka does (Utils.loadProps -> java.util.Properties.load(InputStream), ISO-8859-1),
 *   2. builds kafka.server.KafkaConfig.fromProps(props, false)  (ConfigDef parsing, validators, validateValues),
 *   3. runs what KafkaRaftServer checks next without touching a disk:
 *      QuorumConfig.parseVoterConnections(voters)  (the routable-host check, "Host string (0.0.0.0) is not routeable")
 *      QuorumConfig.parseBootstrapServers(bootstrap.servers),
 *   4. the one config-only refusal of `kafka-storage format` that KafkaConfig lets through on 4.0-4.1:
 *      an empty process.roles (reported as "StorageToolRefusal: The kafka configuration file appears to be ..."),
 * and prints one JSON line:
 *   {"file":"...","verdict":"accepted"|"rejected","message":"<exception class>: <message>","warnings":["..."]}
 * "warnings" holds the WARN/ERROR lines Kafka logged while building the config (needs the log4j2 config that
 * routes to System.err with follow=true; see test/kafka/log4j2-verdict.properties).
 *
 * Compiled per Kafka version with: javac -cp '<libs>/*' -d <harness> KafkaVerdict.java
 * Only public APIs present in 4.0 .. 4.3 are used.
 */
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import kafka.server.KafkaConfig;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.raft.QuorumConfig;

public final class KafkaVerdict {
    private KafkaVerdict() { }

    public static void main(String[] args) throws Exception {
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("@")) {
                for (String line : Files.readAllLines(Paths.get(a.substring(1)), StandardCharsets.UTF_8)) {
                    if (!line.isEmpty()) files.add(line);
                }
            } else {
                files.add(a);
            }
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
        PrintStream realErr = System.err;
        for (String file : files) {
            ByteArrayOutputStream logs = new ByteArrayOutputStream();
            PrintStream capture = new PrintStream(logs, true, "UTF-8");
            String verdict;
            String message = "";
            System.setErr(capture);
            try {
                Properties props = Utils.loadProps(file);
                KafkaConfig config = KafkaConfig.fromProps(props, false);
                QuorumConfig.parseVoterConnections(config.quorumConfig().voters());
                QuorumConfig.parseBootstrapServers(config.quorumConfig().bootstrapServers());
                // 4.0-4.1 accept an empty process.roles in KafkaConfig, but such a node can never start:
                // `kafka-storage format` refuses it (StorageTool.runFormatCommand) and an unformatted node fails in
                // KafkaRaftServer.initializeLogDirs. Report it the way the storage tool does.
                if (config.getList("process.roles").isEmpty()) {
                    throw new StorageToolRefusal("The kafka configuration file appears to be for a legacy cluster. "
                        + "Formatting is only supported for clusters in KRaft mode.");
                }
                verdict = "accepted";
            } catch (Throwable t) {
                verdict = "rejected";
                message = describe(t);
            } finally {
                System.setErr(realErr);
            }
            List<String> warnings = new ArrayList<>();
            for (String line : logs.toString("UTF-8").split("\n")) {
                if (line.startsWith("WARN ") || line.startsWith("ERROR ")) warnings.add(line.trim());
            }
            StringBuilder sb = new StringBuilder();
            sb.append("{\"file\":").append(json(file))
              .append(",\"verdict\":").append(json(verdict))
              .append(",\"message\":").append(json(message))
              .append(",\"warnings\":[");
            for (int i = 0; i < warnings.size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(json(warnings.get(i)));
            }
            sb.append("]}");
            out.println(sb);
        }
        out.flush();
    }

    /** Stands for the storage tool's TerseFailure (a node that cannot be formatted cannot start). */
    static final class StorageToolRefusal extends RuntimeException {
        StorageToolRefusal(String message) { super(message); }
    }

    /** "<exception class>: <message>", plus the causes' messages when they add something. */
    private static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.getClass().getName()).append(": ").append(t.getMessage());
        Throwable c = t.getCause();
        int depth = 0;
        while (c != null && c != t && depth++ < 5) {
            if (c.getMessage() != null && (t.getMessage() == null || !t.getMessage().contains(c.getMessage()))) {
                sb.append(" [caused by ").append(c.getClass().getName()).append(": ").append(c.getMessage()).append(']');
            }
            t = c;
            c = c.getCause();
        }
        return sb.toString();
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (ch < 0x20 || ch > 0x7e) sb.append(String.format("\\u%04x", (int) ch));
                    else sb.append(ch);
            }
        }
        return sb.append('"').toString();
    }
}
