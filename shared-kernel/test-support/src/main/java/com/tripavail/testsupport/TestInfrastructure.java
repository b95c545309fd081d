package com.tripavail.testsupport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real PostgreSQL and the real Kafka broker of this test JVM: one of each, started on first use, shared by every
 * test and Spring context, stopped by a JVM shutdown hook.
 *
 * <p>Testcontainers ({@code postgres:17-alpine}, {@code apache/kafka-native}) when a Docker engine is available,
 * otherwise embedded: zonky's PostgreSQL 17 binaries and spring-kafka-test's in-process KRaft broker. The system
 * property {@code tripavail.test.infra=embedded|containers|auto} (or the environment variable
 * {@code TRIPAVAIL_TEST_INFRA}) forces the choice.
 *
 * <p>Isolation between tests is by name: a database per test or per Spring context
 * ({@link PostgresInstance#createDatabase(String)}, {@link TestInfrastructureInitializer}), topics with unique names
 * or consumers with their own group ({@link KafkaTestConsumer}).
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private static final Lazy<InfrastructureMode> MODE = new Lazy<>("mode", InfrastructureMode::resolve, false);

    private static final Lazy<AbstractPostgresInstance> POSTGRES = new Lazy<>("PostgreSQL",
            () -> mode() == InfrastructureMode.EMBEDDED ? EmbeddedPostgresInstance.start()
                    : ContainerPostgresInstance.start(), true);

    private static final Lazy<AbstractKafkaInstance> KAFKA = new Lazy<>("Kafka",
            () -> mode() == InfrastructureMode.EMBEDDED ? EmbeddedKafkaInstance.start()
                    : ContainerKafkaInstance.start(), true);

    private TestInfrastructure() {
    }

    /** The PostgreSQL server of this JVM, started on the first call. */
    public static PostgresInstance postgres() {
        return POSTGRES.get();
    }

    /** The Kafka broker of this JVM, started on the first call. */
    public static KafkaInstance kafka() {
        return KAFKA.get();
    }

    static InfrastructureMode mode() {
        return MODE.get();
    }

    /** Starts whichever of the two is not running yet, both at the same time. */
    static void startBoth() {
        if (POSTGRES.isReady() && KAFKA.isReady()) {
            return;
        }
        mode(); // decide once, before the two start in parallel
        CompletableFuture<KafkaInstance> kafka = new CompletableFuture<>();
        if (KAFKA.isReady()) {
            kafka.complete(KAFKA.get());
        }
        else {
            Thread.ofPlatform().daemon().name("tripavail-test-kafka-start").start(() -> {
                try {
                    kafka.complete(KAFKA.get());
                }
                catch (Throwable e) {
                    kafka.completeExceptionally(e);
                }
            });
        }
        postgres();
        try {
            kafka.join();
        }
        catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** Start-once holder; a failed start is remembered and reported again instead of being retried by every test. */
    private static final class Lazy<T> {

        private final String name;

        private final Supplier<? extends T> factory;

        private final boolean managed;

        private volatile T value;

        private RuntimeException failure;

        Lazy(String name, Supplier<? extends T> factory, boolean managed) {
            this.name = name;
            this.factory = factory;
            this.managed = managed;
        }

        boolean isReady() {
            return value != null;
        }

        T get() {
            T current = value;
            return current != null ? current : start();
        }

        private synchronized T start() {
            if (value != null) {
                return value;
            }
            if (failure != null) {
                throw new IllegalStateException("The test " + name + " failed to start earlier in this JVM", failure);
            }
            long begin = System.nanoTime();
            try {
                T started = factory.get();
                if (managed) {
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
                    InfrastructureShutdown.register(name, (AutoCloseable) started);
                    log.info("Started {}{} in {} ms", started, version(started), millis);
                }
                value = started;
                return started;
            }
            catch (RuntimeException e) {
                failure = e;
                throw e;
            }
            catch (Error e) {
                failure = new IllegalStateException(e);
                throw e;
            }
        }

        private static String version(Object started) {
            return started instanceof AbstractPostgresInstance postgres ? ", version " + postgres.serverVersion() : "";
        }
    }
}
