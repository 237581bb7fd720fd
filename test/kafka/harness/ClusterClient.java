/*
 * Client side of test/kafka/cluster.mjs: talks to a real Kafka cluster on 127.0.0.1 with Kafka's own Admin,
 * producer and consumer clients (the same ones kafka-topics / kafka-console-producer / -consumer use).
 *
 *   ClusterClient <bootstrap> <expectedBrokers> <timeoutMs> [<topic> <partitions> <replicationFactor> <messages>]
 *
 * 1. waits until the metadata quorum has a leader and <expectedBrokers> brokers are registered (unfenced);
 * 2. when a topic is given: creates it, produces <messages> records with acks=all and consumes them all back
 *    (assign + seekToBeginning, no consumer group);
 * and prints one JSON object per step on stdout. Exit code 0 when every step succeeded, 3 on timeout, 4 on error.
 */
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.QuorumInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

public final class ClusterClient {
    private ClusterClient() { }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int expectedBrokers = Integer.parseInt(args[1]);
        long timeoutMs = Long.parseLong(args[2]);
        long t0 = System.currentTimeMillis();
        long deadline = t0 + timeoutMs;

        Properties ap = new Properties();
        ap.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        ap.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        ap.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "8000");
        ap.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        try (Admin admin = Admin.create(ap)) {
            // ---- 1. quorum leader + broker registration
            int leader = -1;
            List<Integer> brokers = new ArrayList<>();
            String lastError = "";
            List<Integer> voters = new ArrayList<>();
            boolean ready = false;
            while (System.currentTimeMillis() < deadline) {
                try {
                    brokers = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).stream()
                        .map(Node::id).sorted().collect(Collectors.toList());
                    QuorumInfo q = admin.describeMetadataQuorum().quorumInfo().get(5, TimeUnit.SECONDS);
                    leader = q.leaderId();
                    voters = q.voters().stream().map(QuorumInfo.ReplicaState::replicaId).sorted().collect(Collectors.toList());
                    if (leader >= 0 && brokers.size() >= expectedBrokers) { ready = true; break; }
                } catch (Exception e) {
                    lastError = rootMessage(e);
                }
                Thread.sleep(500);
            }
            System.out.println("{\"step\":\"wait\",\"ok\":" + ready + ",\"leader\":" + leader + ",\"voters\":" + voters
                + ",\"brokers\":" + brokers + ",\"elapsedMs\":" + (System.currentTimeMillis() - t0)
                + ",\"lastError\":" + json(lastError) + "}");
            if (!ready) System.exit(3);
            if (args.length < 7) return;

            // ---- 2. topic, produce, consume
            String topic = args[3];
            int partitions = Integer.parseInt(args[4]);
            short rf = Short.parseShort(args[5]);
            int count = Integer.parseInt(args[6]);
            long t1 = System.currentTimeMillis();
            admin.createTopics(Collections.singleton(new NewTopic(topic, partitions, rf))).all().get(30, TimeUnit.SECONDS);
            TopicDescription td = null;
            while (System.currentTimeMillis() < deadline) {
                try {
                    td = admin.describeTopics(Collections.singleton(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic);
                    if (td.partitions().size() == partitions
                        && td.partitions().stream().allMatch(p -> p.leader() != null && p.isr().size() == rf)) break;
                } catch (Exception e) {
                    lastError = rootMessage(e);
                }
                Thread.sleep(300);
            }
            List<String> layout = new ArrayList<>();
            if (td != null) td.partitions().forEach(p -> layout.add("\"" + p.partition() + ": leader " + (p.leader() == null ? "none" : p.leader().id())
                + " replicas " + p.replicas().stream().map(Node::id).collect(Collectors.toList())
                + " isr " + p.isr().stream().map(Node::id).collect(Collectors.toList()) + "\""));
            System.out.println("{\"step\":\"topic\",\"ok\":true,\"topic\":" + json(topic) + ",\"partitions\":" + layout
                + ",\"elapsedMs\":" + (System.currentTimeMillis() - t1) + "}");

            Properties pp = new Properties();
            pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            pp.put(ProducerConfig.ACKS_CONFIG, "all");
            pp.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            pp.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            pp.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
            long t2 = System.currentTimeMillis();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(pp)) {
                for (int i = 0; i < count; i++) producer.send(new ProducerRecord<>(topic, "key-" + i, "message-" + i));
                producer.flush();
            }
            System.out.println("{\"step\":\"produce\",\"ok\":true,\"messages\":" + count + ",\"elapsedMs\":" + (System.currentTimeMillis() - t2) + "}");

            Properties cp = new Properties();
            cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            cp.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            cp.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            cp.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            long t3 = System.currentTimeMillis();
            Set<String> seen = new HashSet<>();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cp)) {
                List<TopicPartition> tps = new ArrayList<>();
                for (int p = 0; p < partitions; p++) tps.add(new TopicPartition(topic, p));
                consumer.assign(tps);
                consumer.seekToBeginning(tps);
                while (seen.size() < count && System.currentTimeMillis() < deadline) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) seen.add(r.value());
                }
            }
            boolean ok = seen.size() == count;
            System.out.println("{\"step\":\"consume\",\"ok\":" + ok + ",\"messages\":" + seen.size() + ",\"elapsedMs\":" + (System.currentTimeMillis() - t3) + "}");
            if (!ok) System.exit(3);
        } catch (Exception e) {
            System.out.println("{\"step\":\"error\",\"ok\":false,\"error\":" + json(rootMessage(e)) + "}");
            System.exit(4);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static String json(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') sb.append('\\').append(ch);
            else if (ch < 0x20) sb.append(String.format("\\u%04x", (int) ch));
            else sb.append(ch);
        }
        return sb.append('"').toString();
    }
}
