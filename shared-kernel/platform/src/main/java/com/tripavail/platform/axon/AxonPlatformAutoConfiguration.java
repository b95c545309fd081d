package com.tripavail.platform.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.tripavail.platform.persistence.PersistencePlatformAutoConfiguration;
import com.tripavail.platform.tracing.TraceContext;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon Framework on PostgreSQL without Axon Server. Axon's own JDBC auto-configuration
 * builds the event store, token store, saga store and dead-letter queues from our
 * DataSource; this class supplies what it cannot guess: the transaction manager, the
 * Jackson 2 mapper Axon's serializer needs, PostgreSQL's saga schema, trace propagation
 * and db-scheduler for persistent deadlines. The event storage engine is Axon's JDBC engine,
 * built here only because Axon offers no property for how many events it reads per query.
 */
@AutoConfiguration(after = PersistencePlatformAutoConfiguration.class,
        beforeName = {"org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
                "org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration",
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonDbSchedulerAutoConfiguration"})
@EnableConfigurationProperties({DeadlineProperties.class, EventStoreProperties.class, SagaCacheProperties.class})
public class AxonPlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /**
     * Events, sagas and snapshots are stored as JSON. Fields are read directly so saga
     * state needs no getters; unknown properties are ignored so an event class can drop
     * a field without breaking old events.
     */
    @Bean("defaultAxonObjectMapper")
    @ConditionalOnMissingBean(name = "defaultAxonObjectMapper")
    public ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * A handler that fails stops its processor, which retries with back-off, instead of
     * Axon's default of logging the error and moving past the event: nothing is skipped
     * silently. Groups with a dead-letter queue park the failing event and go on.
     */
    @Bean
    public ConfigurerModule failingHandlersStopTheirProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * Axon's own JDBC storage engine, built as {@code JdbcAutoConfiguration} builds it (which then
     * backs off) but reading {@code tripavail.axon.event-store.batch-size} events per query, and
     * parsing each event's timestamp once ({@link TimestampParsingJdbcEventStorageEngine}).
     * Axon's {@code EventSchema} bean backs off too when this engine exists: the default schema
     * then, unless a service defines one.
     */
    @Bean
    @ConditionalOnMissingBean({EventStorageEngine.class, EventBus.class, EventStore.class})
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 ObjectProvider<EventSchema> eventSchema,
                                                 EventStoreProperties properties) {
        return new TimestampParsingJdbcEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .batchSize(properties.batchSize()), eventSchema.getIfAvailable(EventSchema::new), transactionManager);
    }

    @Bean
    @ConditionalOnMissingBean
    public SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema();
    }

    /**
     * Axon's JDBC saga store, as {@code JdbcAutoConfiguration} builds it (which then backs off),
     * behind a cache of sagas and associations unless {@code tripavail.axon.saga-cache.max-entries}
     * is 0.
     */
    @Bean
    @ConditionalOnMissingBean(SagaStore.class)
    public SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, Serializer serializer,
                                       SagaSqlSchema schema, SagaCacheProperties properties) {
        JdbcSagaStore store = JdbcSagaStore.builder().connectionProvider(connectionProvider).sqlSchema(schema)
                .serializer(serializer).build();
        if (properties.maxEntries() == 0) {
            return store;
        }
        return new RollbackSafeSagaCache(store, new RecentlyUsedCache(properties.maxEntries()),
                new RecentlyUsedCache(properties.maxEntries()));
    }

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Copies the W3C trace context from a command to the events it causes. */
    @Bean
    public CorrelationDataProvider traceparentCorrelationProvider() {
        return new SimpleCorrelationDataProvider(TraceContext.METADATA_KEY);
    }

    /**
     * db-scheduler keeps deadlines in {@code scheduled_tasks}. The transaction-aware proxy
     * lets a deadline scheduled by a saga commit or roll back with the saga's own
     * transaction; Axon's auto-configuration supplies the tasks and the deadline manager.
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    public Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, DeadlineProperties properties) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .pollingInterval(properties.pollingInterval())
                .threads(properties.threads())
                .enableImmediateExecution()
                .commitWhenAutocommitDisabled(false)
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = "tripavail.axon.savepoint-per-event", havingValue = "true", matchIfMissing = true)
    public SavepointPerEventHandler savepointPerEventHandler(PlatformTransactionManager transactionManager,
                                                             Environment environment) {
        return new SavepointPerEventHandler(transactionManager, group -> environment.getProperty(
                "axon.eventhandling.processors." + group + ".dlq.enabled", Boolean.class, false));
    }

    @Bean
    public DeadlineSchedulerLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
        return new DeadlineSchedulerLifecycle(scheduler);
    }
}
