package vn.khaosat.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a service keeps in memory: a thread-safe map of at most so many entries, the least recently used dropped first. */
public final class KeptMap {

    private KeptMap() {
    }

    public static <K, V> Map<K, V> of(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
