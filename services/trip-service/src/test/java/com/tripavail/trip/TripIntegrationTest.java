package com.tripavail.trip;

import com.tripavail.testsupport.TestInfrastructureInitializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole trip service on a real PostgreSQL database of its own and the JVM's shared Kafka broker, on a random
 * port, trusting {@link com.tripavail.testsupport.TestJwt} tokens, with the demo feeds loaded and a
 * {@link com.tripavail.testsupport.MutableClock} as the service's clock. Every test class with this annotation
 * shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tripavail.trip.feeds.load-demo=true")
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
@Import(TripTestConfiguration.class)
public @interface TripIntegrationTest {
}
