package com.tripavail.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.tripavail.testsupport.PostgresInstance;
import com.tripavail.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.io.ClassPathResource;

/** db-scheduler under DeadlineSchedulerLifecycle, on the platform's scheduled_tasks table: stop pauses, start resumes. */
class DeadlineSchedulerLifecycleTest {

    private final List<String> executed = new CopyOnWriteArrayList<>();
    private final OneTimeTask<Void> task = Tasks.oneTime("lifecycle-test").execute(
            (instance, context) -> executed.add(instance.getId()));
    private Scheduler scheduler;
    private DeadlineSchedulerLifecycle lifecycle;

    @AfterEach
    void destroy() {
        if (lifecycle != null) {
            lifecycle.destroy();
        }
    }

    @Test
    void givenAStoppedLifecycle_whenStartedAgain_thenDueTasksRunOnlyAfterTheRestart() throws Exception {
        scheduler = Scheduler.create(dataSource(), task).pollingInterval(Duration.ofMillis(100)).build();
        lifecycle = new DeadlineSchedulerLifecycle(scheduler);

        lifecycle.start();
        scheduler.schedule(task.instance("before-stop"), Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> executed.contains("before-stop"));

        lifecycle.stop();
        assertThat(lifecycle.isRunning()).isFalse();
        scheduler.schedule(task.instance("while-stopped"), Instant.now());
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                .until(() -> !executed.contains("while-stopped"));

        lifecycle.start();
        assertThat(lifecycle.isRunning()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> executed.contains("while-stopped"));
    }

    private static PGSimpleDataSource dataSource() throws Exception {
        PostgresInstance postgres = TestInfrastructure.postgres();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.jdbcUrl(postgres.createDatabase("platform_scheduler")));
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        String ddl = new ClassPathResource("db/platform/V2__deadline_scheduler.sql").getContentAsString(
                StandardCharsets.UTF_8);
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(ddl);
        }
        return dataSource;
    }
}
