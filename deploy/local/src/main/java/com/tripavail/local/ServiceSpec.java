package com.tripavail.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * One service of the local stack, as registered in {@code services.properties}:
 * {@code <name>.port}, {@code <name>.database} (optional), {@code <name>.jar} (relative to the project root) and
 * optionally {@code <name>.jvm-opts}.
 */
record ServiceSpec(String name, int port, String database, String jar, List<String> jvmOpts) {

    /** The built-in registry, {@code deploy/local/src/main/resources/services.properties}. */
    static final String BUILT_IN = "/services.properties";

    static List<ServiceSpec> load(Path registry) throws IOException {
        Properties properties = new Properties();
        if (registry == null) {
            try (InputStream in = ServiceSpec.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IOException("service registry " + BUILT_IN + " is not on the class path");
                }
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } else {
            try (Reader in = Files.newBufferedReader(registry, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        return parse(properties, registry == null ? "services.properties" : registry.toString());
    }

    static List<ServiceSpec> parse(Properties properties, String source) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : properties.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            if (dot <= 0) {
                throw new IllegalArgumentException(source + ": key '" + key + "' is not <service>.<property>");
            }
            names.add(key.substring(0, dot));
        }
        List<ServiceSpec> specs = new ArrayList<>();
        for (String name : names) {
            String port = properties.getProperty(name + ".port");
            String jar = properties.getProperty(name + ".jar");
            if (port == null || jar == null) {
                throw new IllegalArgumentException(source + ": service '" + name + "' needs " + name + ".port and " + name + ".jar");
            }
            String database = blankToNull(properties.getProperty(name + ".database"));
            String opts = blankToNull(properties.getProperty(name + ".jvm-opts"));
            specs.add(new ServiceSpec(name, Integer.parseInt(port.trim()), database, jar.trim(),
                    opts == null ? null : split(opts)));
        }
        specs.sort(Comparator.comparingInt(ServiceSpec::port));
        return List.copyOf(specs);
    }

    static List<String> split(String opts) {
        return Arrays.stream(opts.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
