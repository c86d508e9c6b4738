package io.github.corpuscheck.check.metadata;

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
        for (int i = 0; i < 5000; i++) { // past the bound: cleared once on the way
            String key = "k" + i;
            assertEquals(key.length(), recent.get(key, String::length));
        }
        assertEquals(5, recent.get("hello", String::length));
    }
}
