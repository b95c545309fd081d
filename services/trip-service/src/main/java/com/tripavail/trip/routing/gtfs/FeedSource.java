package com.tripavail.trip.routing.gtfs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where a GTFS feed's files come from: a zip archive (what agencies publish), a directory of txt files (tests) or
 * a folder on the class path (the hand-made demo feeds, which live inside the service's jar). {@code name}
 * namespaces the feed's ids inside a network.
 */
public sealed interface FeedSource {

    String name();

    boolean contains(String fileName);

    InputStream open(String fileName) throws IOException;

    /** A directory or a .zip file; the feed name is given by the caller (it prefixes every stop id). */
    static FeedSource of(String name, Path path) {
        return Files.isDirectory(path) ? new Directory(name, path) : new ZipArchive(name, path);
    }

    /**
     * A folder of txt files on the class path, such as {@code demo-feeds/rail-demo}: works the same from a jar and
     * from a build directory.
     */
    record ClassPathFolder(String name, String folder, ClassLoader classLoader) implements FeedSource {
        public ClassPathFolder {
            folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        }

        @Override
        public boolean contains(String fileName) {
            return classLoader.getResource(folder + "/" + fileName) != null;
        }

        @Override
        public InputStream open(String fileName) throws IOException {
            InputStream in = classLoader.getResourceAsStream(folder + "/" + fileName);
            if (in == null) {
                throw new IOException(fileName + " is not in class path folder " + folder);
            }
            return in;
        }
    }

    record Directory(String name, Path directory) implements FeedSource {
        @Override
        public boolean contains(String fileName) {
            return Files.isRegularFile(directory.resolve(fileName));
        }

        @Override
        public InputStream open(String fileName) throws IOException {
            return Files.newInputStream(directory.resolve(fileName));
        }
    }

    /**
     * Zip entries are matched by their base name: many published feeds put their files in a sub-folder of the
     * archive. The archive is opened per file so that a source holds no open handle between imports.
     */
    record ZipArchive(String name, Path archive) implements FeedSource {
        @Override
        public boolean contains(String fileName) {
            return entryNames().containsKey(fileName);
        }

        @Override
        public InputStream open(String fileName) throws IOException {
            String entry = entryNames().get(fileName);
            if (entry == null) {
                throw new IOException(fileName + " is not in " + archive);
            }
            ZipFile zip = new ZipFile(archive.toFile());
            InputStream in = zip.getInputStream(zip.getEntry(entry));
            return new java.io.FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        zip.close();
                    }
                }
            };
        }

        private Map<String, String> entryNames() {
            Map<String, String> names = new HashMap<>();
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (!entry.isDirectory()) {
                        String base = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                        names.putIfAbsent(base, entry.getName());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read zip archive " + archive, e);
            }
            return names;
        }
    }
}
