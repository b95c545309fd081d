package com.tripavail.trip.config;

import com.tripavail.platform.security.CurrentUserAccessor;
import com.tripavail.trip.api.search.SearchRateLimiter;
import com.tripavail.trip.integration.analytics.AnalyticsEventTranslator;
import com.tripavail.trip.integration.analytics.ClientHash;
import com.tripavail.trip.integration.geocoding.CachedGeocoding;
import com.tripavail.trip.integration.geocoding.DisabledGeocoder;
import com.tripavail.trip.integration.geocoding.Geocoder;
import com.tripavail.trip.query.feed.FeedCatalogue;
import com.tripavail.trip.query.feed.FeedImportRecords;
import com.tripavail.trip.query.feed.FeedImports;
import com.tripavail.trip.query.feed.FeedSpec;
import com.tripavail.trip.query.search.BookingPlatforms;
import com.tripavail.trip.query.search.CityGazetteer;
import com.tripavail.trip.query.search.JourneySnapshots;
import com.tripavail.trip.query.search.PlaceResolver;
import com.tripavail.trip.query.search.ProfessionDiscounts;
import com.tripavail.trip.query.search.RouteClicks;
import com.tripavail.trip.query.search.RouteSearches;
import com.tripavail.trip.query.search.SearchCleanup;
import com.tripavail.trip.query.search.SearchResults;
import com.tripavail.trip.query.search.StaySuggestions;
import com.tripavail.trip.routing.ActiveNetwork;
import com.tripavail.trip.routing.BalancedWeights;
import com.tripavail.trip.routing.network.RoutingSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The search side: the network in service and its feed imports, place resolution, route search with its cache,
 * discounts and booking links, rate limits and analytics. Ports with defaults: {@link Geocoder} (none:
 * {@link DisabledGeocoder}) and {@link StaySuggestions} (none: {@link StaySuggestions#NONE}); a bean of either
 * type replaces the default.
 */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

    @Bean
    RoutingSettings routingSettings(FeedProperties feeds) {
        return RoutingSettings.defaults().withWalkingRadius(feeds.walkingRadiusMeters());
    }

    @Bean
    BalancedWeights balancedWeights() {
        return BalancedWeights.defaults();
    }

    @Bean
    ActiveNetwork activeNetwork(RoutingSettings settings, BalancedWeights weights) {
        return new ActiveNetwork(settings, weights);
    }

    @Bean
    FeedCatalogue feedCatalogue(DSLContext dsl) {
        return new FeedCatalogue(dsl);
    }

    @Bean
    FeedImportRecords feedImportRecords(DSLContext dsl) {
        return new FeedImportRecords(dsl);
    }

    @Bean
    FeedImports feedImports(ActiveNetwork network, FeedCatalogue catalogue, FeedImportRecords records, Clock clock) {
        return new FeedImports(network, catalogue, records, clock);
    }

    /** The first network is built before the service takes requests (all singletons, Flyway included, are ready). */
    @Bean
    SmartInitializingSingleton startupFeedLoad(FeedImports imports, FeedProperties properties) {
        return () -> {
            List<FeedSpec> feeds = new ArrayList<>();
            if (properties.loadDemo()) {
                FeedProperties.DEMO_FEEDS.forEach(name -> feeds.add(new FeedSpec(name, FeedSpec.CLASSPATH + "demo-feeds/" + name)));
            }
            properties.sources().forEach(source -> feeds.add(new FeedSpec(source.name(), source.path())));
            imports.loadAtStartup(feeds);
        };
    }

    @Bean
    CityGazetteer cityGazetteer() {
        return CityGazetteer.fromClassPath();
    }

    @Bean
    CachedGeocoding cachedGeocoding(ObjectProvider<Geocoder> geocoder, DSLContext dsl, Clock clock, SearchProperties properties) {
        return new CachedGeocoding(geocoder.getIfAvailable(DisabledGeocoder::new), dsl, clock, properties.geocoderCacheTtl());
    }

    @Bean
    PlaceResolver placeResolver(CityGazetteer gazetteer, CachedGeocoding geocoding, SearchProperties properties) {
        return new PlaceResolver(gazetteer, geocoding, properties);
    }

    @Bean
    JourneySnapshots journeySnapshots(DiscountProperties discounts, BookingPlatformProperties platforms,
                                      PlaceResolver places, BalancedWeights weights, SearchProperties properties) {
        return new JourneySnapshots(new ProfessionDiscounts(discounts), new BookingPlatforms(platforms), places, weights,
                properties.stayBookingLink());
    }

    @Bean
    SearchResults searchResults(DSLContext dsl, Clock clock) {
        return new SearchResults(dsl, clock);
    }

    @Bean
    RouteSearches routeSearches(ActiveNetwork network, PlaceResolver places, JourneySnapshots snapshots,
                                SearchResults results, ObjectProvider<StaySuggestions> stays, EventGateway events,
                                SearchProperties properties, Clock clock) {
        return new RouteSearches(network, places, snapshots, results, stays.getIfAvailable(() -> StaySuggestions.NONE),
                events, properties, clock);
    }

    @Bean
    RouteClicks routeClicks(SearchResults results, EventGateway events, Clock clock) {
        return new RouteClicks(results, events, clock);
    }

    @Bean
    ClientHash clientHash(SearchProperties properties) {
        return new ClientHash(properties.clientHashSalt());
    }

    @Bean
    AnalyticsEventTranslator analyticsEventTranslator() {
        return new AnalyticsEventTranslator();
    }

    @Bean
    SearchRateLimiter searchRateLimiter(RateLimitProperties properties, CurrentUserAccessor users) {
        return new SearchRateLimiter(properties, users);
    }

    @Bean
    WebMvcConfigurer searchRateLimits(SearchRateLimiter limiter) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(limiter).addPathPatterns("/api/routes/search", "/api/routes/search/**");
            }
        };
    }

    @Bean
    SearchCleanup searchCleanup(SearchResults results, CachedGeocoding geocoding, SearchRateLimiter limiter, Clock clock,
                                SearchProperties properties) {
        return new SearchCleanup(results, geocoding, limiter::forgetIdleClients, clock, properties.cleanupInterval());
    }
}
