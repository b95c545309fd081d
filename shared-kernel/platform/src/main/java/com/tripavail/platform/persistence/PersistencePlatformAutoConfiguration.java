package com.tripavail.platform.persistence;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The service's PostgreSQL: one Hikari pool, one transaction manager shared by Axon and
 * jOOQ, and two Flyway histories — the platform's tables ({@code db/platform}, history
 * {@code platform_schema_history}) and the service's own ({@code db/migration}) — so
 * either can add migrations without renumbering the other's.
 *
 * <p>The DataSource is declared here rather than left to Boot: Axon's JDBC
 * auto-configuration is ordered against Boot 3 class names and would otherwise run before
 * Boot 4's DataSource auto-configuration.
 */
@AutoConfiguration(before = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        FlywayAutoConfiguration.class},
        beforeName = {"org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@EnableConfigurationProperties(DataSourceProperties.class)
public class PersistencePlatformAutoConfiguration {

    public static final String PLATFORM_MIGRATIONS = "classpath:db/platform";
    public static final String PLATFORM_HISTORY_TABLE = "platform_schema_history";

    @Bean
    @ConditionalOnMissingBean
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    @Bean
    @ConditionalOnMissingBean(PlatformTransactionManager.class)
    public JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    /** Platform tables first, then the service's migrations. */
    @Bean
    @ConditionalOnMissingBean
    public FlywayMigrationStrategy platformThenServiceMigrations() {
        return serviceFlyway -> {
            Flyway.configure(serviceFlyway.getConfiguration().getClassLoader())
                    .dataSource(serviceFlyway.getConfiguration().getDataSource())
                    .locations(PLATFORM_MIGRATIONS)
                    .table(PLATFORM_HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            serviceFlyway.migrate();
        };
    }
}
