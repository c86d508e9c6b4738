package io.github.corpuscheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void unpairedSurrogatesBecomeReplacementCharactersAndPairsStay() {
        String plain = "Plain text, caf\u00e9, \uD83D\uDE00 pair";
        assertSame(plain, SafeText.wellFormed(plain));
        assertEquals(0, SafeText.unpairedSurrogates(plain));
        String lone = "\uDC00a\uD800\uD800\uDC00b\uDBFF";
        assertEquals(3, SafeText.unpairedSurrogates(lone));
        assertEquals("\uFFFDa\uFFFD\uD800\uDC00b\uFFFD", SafeText.wellFormed(lone));
        assertEquals("\uFFFD", SafeText.wellFormed("\uD800"));
        assertNull(SafeText.wellFormed(null));
    }

    @Test
    void controlCharactersAreShownOnOneLine() {
        String plain = "a\\nb [INFO] \u00e9 \u00a0";
        assertSame(plain, SafeText.oneLine(plain));
        assertEquals("a\\nb\\r\\tc\\u001b[31m\\u0000\\u007f\\u0085\\u009b\\u2028\\u2029\uFFFD",
                SafeText.oneLine("a\nb\r\tc\u001b[31m\u0000\u007f\u0085\u009b\u2028\u2029\uD800"));
        // Escaping twice changes nothing.
        String once = SafeText.oneLine("x\ny");
        assertEquals(once, SafeText.oneLine(once));
        assertEquals("null", SafeText.oneLine(null));
    }

    /** GitHub Actions runs "::cmd::" and "##[cmd]" at the start of a line (after blanks); Azure "##vso[" anywhere. */
    @Test
    void aLogLineNeverStartsACiCommand() {
        assertEquals("\\u003a:error::forged", SafeText.logLine("::error::forged"));
        assertEquals("  \u00a0\\u003a:warning::x", SafeText.logLine("  \u00a0::warning::x"));
        assertEquals("\\u0023#[error]x", SafeText.logLine("##[error]x"));
        assertEquals("ok\\n::error file=README.md,line=1::forged",
                SafeText.logLine("ok\n::error file=README.md,line=1::forged"));
        assertEquals("[rule] id ##vso\\u005btask.setvariable variable=x]y ##vso\\u005bx]",
                SafeText.logLine("[rule] id ##vso[task.setvariable variable=x]y ##VSO[x]"));
        assertEquals("[duplicate.exact] a.txt:1 Exact duplicate of b.txt.",
                SafeText.logLine("[duplicate.exact] a.txt:1 Exact duplicate of b.txt."));
        assertEquals("  a: ::b", SafeText.logLine("  a: ::b"));
    }
}
