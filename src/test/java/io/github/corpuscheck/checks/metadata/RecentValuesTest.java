package io.github.corpuscheck.checks.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentValuesTest {

    @Test
    void computesEachValueOnceUntilFullThenStartsAgainWithTheSameResults() {
        RecentValues<Integer> recent = new RecentValues<>();
        List<String> computed = new ArrayList<>();
        assertEquals(5, recent.get("hello", k -> {
            computed.add(k);
            return k.length();
        }));
        assertEquals(5, recent.get("hello", k -> {
            computed.add(k);
            return -1;
        }));
        assertEquals(List.of("hello"), computed);
        int largest = 0;
        for (int i = 0; i < 10_000; i++) { // past the bound: cleared on the way, never larger than it
            String key = "k" + i;
            assertEquals(key.length(), recent.get(key, String::length));
            largest = Math.max(largest, recent.size());
        }
        assertEquals(4096, largest);
        assertEquals(5, recent.get("hello", String::length));
    }
}
