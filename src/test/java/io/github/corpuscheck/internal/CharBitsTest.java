package io.github.corpuscheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharBitsTest {

    @Test
    void holdsExactlyItsCharsOverTheWholeCharRange() {
        String members = ".!?…。！？\"')]”’»\uFFFF\u0000\u007F\u0080\u8000";
        CharBits set = new CharBits(members);
        int found = 0;
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            boolean expected = members.indexOf(c) >= 0;
            assertEquals(expected, set.contains(c), () -> "U+" + Integer.toHexString(c));
            found += expected ? 1 : 0;
        }
        assertEquals(members.length(), found);
    }
}
