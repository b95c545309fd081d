package com.tripavail.inventory.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * The aggregate cache of calendars and departures: strong references, least recently used
 * evicted beyond {@code maxEntries}. Axon's {@code WeakReferenceCache} was tried first: a weak
 * reference is cleared by every young collection, so under load a hot calendar — and its
 * holds, which the next command needs — was rebuilt from its snapshot again and again, which
 * made holds 3× slower in the benchmark. Axon evicts an entry when its unit of work rolls back,
 * so a cached aggregate never holds uncommitted state.
 */
public class HoldAggregateCache implements Cache {

    private final Map<Object, Object> entries;

    public HoldAggregateCache(int maxEntries) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > maxEntries;
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.computeIfAbsent(key, k -> valueSupplier.get());
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true; // no listeners: Axon's aggregate repositories register none
    }

    public int size() {
        return entries.size();
    }
}
