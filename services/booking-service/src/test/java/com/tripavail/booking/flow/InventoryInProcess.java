package com.tripavail.booking.flow;

import com.tripavail.booking.BookingTestConfiguration;
import com.tripavail.inventory.InventoryApplication;
import com.tripavail.testsupport.TestInfrastructureInitializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real inventory service, started once per test JVM beside the booking service under test,
 * on its own database of the shared PostgreSQL and on the shared Kafka: the booking flow crosses
 * Kafka to it and back exactly as between two deployed services.
 *
 * <p>Both services have an {@code application.yml} at the root of their classpath; inventory's is
 * read from inventory's own jar (or classes directory) so the booking service's does not shadow it.
 */
public final class InventoryInProcess {

    private static ConfigurableApplicationContext context;

    private InventoryInProcess() {
    }

    public static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = new SpringApplicationBuilder(InventoryApplication.class, BookingTestConfiguration.class)
                    .initializers(new TestInfrastructureInitializer())
                    .properties("spring.config.location=" + inventoryConfiguration().toUri(),
                            "axoniq.update-checker.disabled=true")
                    // a command-line argument outranks the configuration file's port
                    .run("--server.port=0");
        }
        return context;
    }

    public static int port() {
        return ((WebServerApplicationContext) context()).getWebServer().getPort();
    }

    private static Path inventoryConfiguration() {
        try {
            URL location = InventoryApplication.class.getProtectionDomain().getCodeSource().getLocation();
            URL yml = location.getPath().endsWith(".jar")
                    ? new URL("jar:" + location + "!/application.yml")
                    : new URL(location, "application.yml");
            Path copy = Files.createTempFile("inventory-application", ".yml");
            copy.toFile().deleteOnExit();
            try (InputStream in = yml.openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
