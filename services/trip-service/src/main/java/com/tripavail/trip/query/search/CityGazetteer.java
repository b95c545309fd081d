package com.tripavail.trip.query.search;

import com.tripavail.trip.routing.gtfs.GeoDistance;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The cities a place name may stand for (the resource {@code gazetteer/cities.csv}): names and other names, an
 * approximate centre and the radius their stops lie within.
 */
public final class CityGazetteer {

    public static final String RESOURCE = "gazetteer/cities.csv";

    public record City(String name, List<String> aliases, String state, double lat, double lon, double radiusKm) {

        public City {
            aliases = List.copyOf(aliases);
        }

        /** The name in URL form: "bengaluru", "new-delhi". */
        public String slug() {
            return normalise(name).replace(' ', '-');
        }

        public double metersFrom(double otherLat, double otherLon) {
            return GeoDistance.meters(lat, lon, otherLat, otherLon);
        }
    }

    private final List<City> cities;
    private final Map<String, City> byName = new HashMap<>();

    public CityGazetteer(List<City> cities) {
        this.cities = List.copyOf(cities);
        for (City city : cities) {
            byName.putIfAbsent(normalise(city.name()), city);
            city.aliases().forEach(alias -> byName.putIfAbsent(normalise(alias), city));
        }
    }

    public static CityGazetteer fromClassPath() {
        try (InputStream in = CityGazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            List<City> cities = new ArrayList<>();
            try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (NamedCsvRecord row : csv) {
                    String aliases = row.getField("aliases").strip();
                    cities.add(new City(row.getField("name").strip(),
                            aliases.isEmpty() ? List.of() : Arrays.stream(aliases.split("\\|")).map(String::strip).toList(),
                            row.getField("state").strip(), Double.parseDouble(row.getField("lat")),
                            Double.parseDouble(row.getField("lon")), Double.parseDouble(row.getField("radius_km"))));
                }
            }
            return new CityGazetteer(cities);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The city with this name or other name (case, accents and a trailing ", India" do not matter). */
    public Optional<City> byName(String name) {
        String key = normalise(name);
        if (key.endsWith(" india")) {
            key = key.substring(0, key.length() - " india".length()).strip();
        }
        return Optional.ofNullable(byName.get(key));
    }

    /** The nearest city whose radius covers the point: the city a stop or a coordinate belongs to. */
    public Optional<City> cityAt(double lat, double lon) {
        return cities.stream()
                .filter(c -> c.metersFrom(lat, lon) <= c.radiusKm() * 1000)
                .min(Comparator.comparingDouble(c -> c.metersFrom(lat, lon)));
    }

    public List<City> cities() {
        return cities;
    }

    /** Lower case, without accents, punctuation or repeated spaces. */
    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
