package io.github.corpuscheck.checks.metadata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** English and French month names and abbreviations, in any case, for datelines. */
final class MonthNames {

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "janvier", "janv"},
            {"february", "feb", "février", "fevrier", "févr", "fevr", "fév", "fev"},
            {"march", "mar", "mars"},
            {"april", "apr", "avril", "avr"},
            {"may", "mai"},
            {"june", "jun", "juin"},
            {"july", "jul", "juillet", "juil"},
            {"august", "aug", "août", "aout"},
            {"september", "sep", "sept", "septembre"},
            {"october", "oct", "octobre"},
            {"november", "nov", "novembre"},
            {"december", "dec", "décembre", "decembre", "déc"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private MonthNames() {}

    /** The month number (1-12) of a name or abbreviation (a trailing dot allowed), or 0. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return MONTHS.getOrDefault(w, 0);
    }
}
