package com.tripavail.testsupport;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one JVM shutdown hook of the test infrastructure. It first closes the Spring contexts that
 * {@link TestInfrastructureInitializer} prepared, or waits until whoever is closing them (Spring Boot's or the test
 * framework's shutdown hooks run at the same time) is done, so that their Kafka clients, Axon processors and Hikari
 * pools shut down against a live broker and database (a Kafka consumer closing against a dead broker waits up to
 * 30 s). Then it stops the brokers and servers, in parallel. Every step is bounded: Surefire halts a forked JVM
 * 30 s after {@code System.exit}.
 */
final class InfrastructureShutdown {

    private static final Logger log = LoggerFactory.getLogger(InfrastructureShutdown.class);

    private static final Duration CONTEXTS_TIMEOUT = Duration.ofSeconds(15);

    private static final Duration RESOURCES_TIMEOUT = Duration.ofSeconds(10);

    private static final String CLOSE_SIGNAL_BEAN = "com.tripavail.testsupport.closeSignal";

    /** Names of the shutdown hook threads of Spring Boot's SpringApplication and of Spring's contexts. */
    private static final Set<String> SPRING_SHUTDOWN_HOOKS =
            Set.of("SpringApplicationShutdownHook", "SpringContextShutdownHook");

    private static final List<Resource> resources = new ArrayList<>();

    private static final List<TrackedContext> contexts = new ArrayList<>();

    private static Thread hook;

    private InfrastructureShutdown() {
    }

    /** Stops {@code resource} when the JVM exits, after the tracked Spring contexts. */
    static synchronized void register(String name, AutoCloseable resource) {
        resources.add(new Resource(name, resource));
        installHook();
    }

    /** Has {@code context} closed by the shutdown hook (or waited for) before the infrastructure stops. */
    static TrackedContext track(ConfigurableApplicationContext context) {
        TrackedContext tracked = new TrackedContext(new WeakReference<>(context));
        context.addBeanFactoryPostProcessor(new CloseSignal(tracked));
        synchronized (InfrastructureShutdown.class) {
            contexts.removeIf(TrackedContext::isGone);
            contexts.add(tracked);
            installHook();
        }
        return tracked;
    }

    private static void installHook() {
        if (hook == null) {
            hook = new Thread(InfrastructureShutdown::shutdown, "tripavail-test-infrastructure-shutdown");
            try {
                Runtime.getRuntime().addShutdownHook(hook);
            }
            catch (IllegalStateException e) {
                log.warn("The JVM is already shutting down: the test infrastructure will not be stopped");
            }
        }
    }

    private static void shutdown() {
        List<TrackedContext> contextsToClose;
        List<Resource> resourcesToStop;
        synchronized (InfrastructureShutdown.class) {
            contextsToClose = new ArrayList<>(contexts);
            resourcesToStop = new ArrayList<>(resources);
        }
        Collections.reverse(contextsToClose); // Spring Boot closes them oldest first: meet it half way
        Thread closer = Thread.ofPlatform().daemon().name("tripavail-test-context-closer").start(() -> {
            contextsToClose.forEach(TrackedContext::closeAndAwait);
            awaitSpringShutdownHooks();
        });
        join(closer, CONTEXTS_TIMEOUT, "closing the Spring contexts");
        List<Thread> stoppers = new ArrayList<>();
        for (Resource resource : resourcesToStop.reversed()) {
            stoppers.add(Thread.ofPlatform().daemon().name("tripavail-test-stop-" + resource.name())
                    .start(resource::stop));
        }
        long deadline = System.nanoTime() + RESOURCES_TIMEOUT.toNanos();
        for (Thread stopper : stoppers) {
            join(stopper, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())), stopper.getName());
        }
    }

    /**
     * Best effort for contexts this class does not know of (set up without {@link TestInfrastructureInitializer}):
     * waits for the shutdown hooks of Spring Boot and Spring, which the JVM started at the same time as this one.
     */
    private static void awaitSpringShutdownHooks() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (SPRING_SHUTDOWN_HOOKS.contains(thread.getName()) && thread != Thread.currentThread()) {
                try {
                    thread.join();
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void join(Thread thread, Duration timeout, String what) {
        try {
            if (!thread.join(timeout)) {
                log.warn("Gave up after {} s {}", timeout.toSeconds(), what);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Resource(String name, AutoCloseable resource) {

        void stop() {
            String description = resource.toString(); // a stopped container no longer knows its ports
            long start = System.nanoTime();
            try {
                resource.close();
                log.info("Stopped {} in {} ms", description,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
            catch (Exception e) {
                log.warn("Could not stop {} cleanly", description, e);
            }
        }
    }

    /**
     * Registers, before any bean exists (programmatic registry post-processors run first of all), a disposable bean
     * that is therefore destroyed last: when it runs, the context's lifecycle beans are stopped and its other beans
     * (Kafka clients, Axon, connection pools) destroyed.
     */
    private record CloseSignal(TrackedContext tracked) implements BeanDefinitionRegistryPostProcessor {

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            if (registry instanceof DefaultSingletonBeanRegistry singletons) {
                singletons.registerDisposableBean(CLOSE_SIGNAL_BEAN + "#" + System.identityHashCode(tracked),
                        tracked::closed);
                tracked.signalled = true;
            }
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        }
    }

    static final class TrackedContext {

        private final WeakReference<ConfigurableApplicationContext> context;

        private final CountDownLatch closed = new CountDownLatch(1);

        /** Whether {@link #closed} will be counted down when the context's beans are destroyed. */
        private volatile boolean signalled;

        TrackedContext(WeakReference<ConfigurableApplicationContext> context) {
            this.context = context;
        }

        void closed() {
            closed.countDown();
        }

        /** Whether the context's beans have all been destroyed. */
        boolean isClosed() {
            return closed.getCount() == 0;
        }

        boolean isGone() {
            return context.get() == null || closed.getCount() == 0;
        }

        /**
         * Closes the context, or returns at once if another thread is already closing it; then waits until its
         * beans are destroyed.
         */
        void closeAndAwait() {
            ConfigurableApplicationContext ctx = context.get();
            if (ctx == null || closed.getCount() == 0 || !ctx.isActive()) {
                return;
            }
            try {
                ctx.close();
                if (signalled) {
                    closed.await();
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            catch (RuntimeException e) {
                log.warn("Could not close {}", ctx, e);
            }
        }
    }
}
