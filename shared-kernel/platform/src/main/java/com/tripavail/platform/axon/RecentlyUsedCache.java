package com.tripavail.platform.axon;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * A bounded cache for Axon: strong references, the least recently used evicted beyond
 * {@code maxEntries}. As an aggregate cache ({@code @Aggregate(cache = …)}) a command on an
 * aggregate used a moment ago does not load it from the event store again; it also holds sagas
 * and their associations ({@link RollbackSafeSagaCache}). Axon's {@code WeakReferenceCache} was tried first (in
 * inventory): a weak reference is cleared by every young collection, so under load a hot
 * calendar was rebuilt from its snapshot again and again, which made holds 3× slower. Axon
 * evicts an entry when its unit of work rolls back, so a cached aggregate never holds
 * uncommitted state. Per instance: with several instances of a service, a command on a stale
 * copy fails on the event store's unique sequence number and is evicted.
 */
public class RecentlyUsedCache implements Cache {

    private final Map<Object, Object> entries;

    public RecentlyUsedCache(int maxEntries) {
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

    /** Axon's saga cache updates cached association sets in place; a null result removes the entry. */
    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (k, v) -> update.apply((V) v));
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
        return () -> true; // no listeners: Axon's aggregate repositories and saga store register none
    }

    public int size() {
        return entries.size();
    }
}
