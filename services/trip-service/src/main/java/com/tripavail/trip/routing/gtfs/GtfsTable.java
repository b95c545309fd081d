package com.tripavail.trip.routing.gtfs;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * One GTFS file read with FastCSV: the header maps column names to positions (GTFS allows any column order and
 * extra columns), rows are handed out with their line numbers for the validation report.
 */
final class GtfsTable {

    /** A row of a GTFS file; absent columns and short rows read as the empty string. */
    static final class Row {
        private CsvRecord record;

        String get(int column) {
            if (column < 0 || column >= record.getFieldCount()) {
                return "";
            }
            return record.getField(column).strip();
        }

        long line() {
            return record.getStartingLineNumber();
        }
    }

    @FunctionalInterface
    interface RowHandler {
        void accept(Row row);
    }

    private final String file;
    private final Map<String, Integer> columns = new HashMap<>();
    private final FeedSource source;
    private final FeedProblems problems;

    private GtfsTable(String file, FeedSource source, FeedProblems problems) {
        this.file = file;
        this.source = source;
        this.problems = problems;
    }

    /** Opens {@code file} and reads its header; an absent file yields an empty table (callers check presence). */
    static GtfsTable read(FeedSource source, String file, FeedProblems problems) {
        GtfsTable table = new GtfsTable(file, source, problems);
        if (source.contains(file)) {
            try (InputStream in = source.open(file); CsvReader<CsvRecord> csv = reader(in)) {
                Iterator<CsvRecord> it = csv.iterator();
                if (it.hasNext()) {
                    CsvRecord header = it.next();
                    for (int i = 0; i < header.getFieldCount(); i++) {
                        table.columns.putIfAbsent(header.getField(i).strip(), i);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + " of feed " + source.name(), e);
            } catch (CsvParseException e) {
                problems.add(file, 0, "not readable as CSV: " + e.getMessage());
            }
        }
        return table;
    }

    private static CsvReader<CsvRecord> reader(InputStream in) {
        return CsvReader.builder()
                .detectBomHeader(true)
                .skipEmptyLines(true)
                .allowMissingFields(true)
                .allowExtraFields(true)
                .ofCsvRecord(in, StandardCharsets.UTF_8);
    }

    String file() {
        return file;
    }

    boolean present() {
        return !columns.isEmpty();
    }

    /** The column's position, or -1 when the file has no such column. */
    int column(String name) {
        return columns.getOrDefault(name, -1);
    }

    /** Reports each missing column; true when all are there. */
    boolean require(String... names) {
        boolean complete = true;
        for (String name : names) {
            if (!columns.containsKey(name)) {
                problems.add(file, 1, "required column " + name + " is missing");
                complete = false;
            }
        }
        return complete;
    }

    /** Streams the data rows (the header skipped) through {@code handler}. */
    void forEachRow(RowHandler handler) {
        if (!present()) {
            return;
        }
        Row row = new Row();
        try (InputStream in = source.open(file); CsvReader<CsvRecord> csv = reader(in)) {
            Iterator<CsvRecord> it = csv.iterator();
            if (it.hasNext()) {
                it.next();
            }
            while (it.hasNext()) {
                row.record = it.next();
                handler.accept(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " of feed " + source.name(), e);
        } catch (CsvParseException e) {
            problems.add(file, 0, "not readable as CSV: " + e.getMessage());
        }
    }
}
