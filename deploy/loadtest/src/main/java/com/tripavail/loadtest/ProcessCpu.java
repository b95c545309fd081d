package com.tripavail.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the local stack's processes between two snapshots, from {@code /proc} (Linux):
 * each service, PostgreSQL (all its backends), the launcher with its in-process Kafka broker,
 * this load client, and everything else on the machine (other people's builds count there).
 */
final class ProcessCpu {

    /** USER_HZ: the unit of {@code /proc/<pid>/stat} times; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;
    static final String OTHER = "other processes";
    static final String POSTGRES = "postgres (the stack's)";
    static final List<String> GROUPS = List.of("booking-service", "inventory-service", "provider-onboarding-service",
            POSTGRES, "kafka + launcher", "load client", OTHER);

    /** Ticks per process id and group, and the machine's busy ticks. */
    record Snapshot(Map<Long, Long> ticksByPid, Map<Long, String> groupByPid, long machineBusyTicks, long nanos) {
    }

    private ProcessCpu() {
    }

    static Snapshot snapshot() {
        Map<Long, Long> ticks = new HashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, String> groups = new HashMap<>();
        long self = ProcessHandle.current().pid();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                long pid = Long.parseLong(p.getFileName().toString());
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    // the fields after the command name (which may hold spaces): ppid, …, utime (14th), stime
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    parents.put(pid, Long.parseLong(fields[1]));
                    groups.put(pid, pid == self ? "load client" : groupOf(p));
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile: its time shows in "other processes" through the machine's total
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
        // PostgreSQL's backends carry no port on their command line: they belong to the stack's postmaster
        parents.forEach((pid, parent) -> {
            if (POSTGRES.equals(groups.get(parent))) {
                groups.put(pid, POSTGRES);
            }
        });
        return new Snapshot(ticks, groups, machineBusyTicks(), System.nanoTime());
    }

    /**
     * CPU ticks of a service's threads by kind: the thread's name as Linux keeps it (15 characters,
     * so all {@code EventProcessor[…]} threads are one kind, and the Kafka listeners carry the
     * service's name) with its numbers dropped.
     */
    static Map<String, Long> threadTicks(String service) {
        Map<String, Long> ticks = new HashMap<>();
        for (Map.Entry<Long, String> process : snapshot().groupByPid().entrySet()) {
            if (!process.getValue().equals(service)) {
                continue;
            }
            try (Stream<Path> threads = Files.list(Path.of("/proc", process.getKey().toString(), "task"))) {
                threads.forEach(thread -> {
                    try {
                        String stat = Files.readString(thread.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        String kind = Files.readString(thread.resolve("comm")).strip().replaceAll("[0-9]+", "N");
                        ticks.merge(kind, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                    } catch (IOException | RuntimeException gone) {
                        // the thread ended meanwhile
                    }
                });
            } catch (IOException gone) {
                // the process ended
            }
        }
        return ticks;
    }

    /** Cores used per thread kind between two {@link #threadTicks} readings, largest first. */
    static Map<String, Double> threadCoresUsed(Map<String, Long> from, Map<String, Long> to, double seconds) {
        Map<String, Double> cores = new LinkedHashMap<>();
        to.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - from.getOrDefault(e.getKey(), 0L))
                        / TICKS_PER_SECOND / seconds))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> cores.put(e.getKey(), e.getValue()));
        return cores;
    }

    /** Cores used per group between the snapshots (1.0 = one core busy all the time), and the machine's total. */
    static Map<String, Double> coresUsed(Snapshot from, Snapshot to) {
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        GROUPS.forEach(g -> cores.put(g, 0.0));
        double accounted = 0;
        for (Map.Entry<Long, Long> process : to.ticksByPid().entrySet()) {
            String group = to.groupByPid().get(process.getKey());
            if (OTHER.equals(group)) {
                continue;
            }
            long used = process.getValue() - from.ticksByPid().getOrDefault(process.getKey(), 0L);
            double usedCores = used / TICKS_PER_SECOND / seconds;
            cores.merge(group, usedCores, Double::sum);
            accounted += usedCores;
        }
        double machine = (to.machineBusyTicks() - from.machineBusyTicks()) / TICKS_PER_SECOND / seconds;
        cores.put(OTHER, Math.max(0, machine - accounted));
        cores.put("machine (all cores)", machine);
        return cores;
    }

    private static String groupOf(Path process) throws IOException {
        String commandLine = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                .replace('\0', ' ');
        for (String service : List.of("booking-service", "inventory-service", "provider-onboarding-service")) {
            if (commandLine.contains(service + "-exec.jar")) {
                return service;
            }
        }
        if (commandLine.contains("local-stack.jar")) {
            return "kafka + launcher";
        }
        // the stack's postmaster (other embedded PostgreSQL instances on the machine, such as tests', are others')
        if (commandLine.contains("postgres ") && commandLine.contains(" -p 5433 ")) {
            return POSTGRES;
        }
        return OTHER;
    }

    /** user + nice + system + irq + softirq + steal of the {@code cpu} line of /proc/stat. */
    private static long machineBusyTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(cpu[i]);
            }
            return busy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/stat", e);
        }
    }

    /** The JVM options of the running booking service that set {@code name} (a -D flag), if any. */
    static String systemPropertyOfService(String service, String name) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(p -> {
                        try {
                            return new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
                        } catch (IOException gone) {
                            return "";
                        }
                    })
                    .filter(c -> c.contains(service + "-exec.jar"))
                    .flatMap(c -> Stream.of(c.split("\0")))
                    .filter(arg -> arg.startsWith("-D" + name + "="))
                    .map(arg -> arg.substring(name.length() + 3))
                    .reduce((first, last) -> last)
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
