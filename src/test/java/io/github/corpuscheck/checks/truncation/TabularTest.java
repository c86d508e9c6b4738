package io.github.corpuscheck.checks.truncation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.corpuscheck.api.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TabularTest {

    @Test
    void isTabularStopsEarlyWithTheSameAnswerAsCountingAll() {
        String[] lines = {"Shr 1.25 dlrs vs 98 cts", "Revs 12.4 mln vs 11.9 mln", "Net profit nil",
            "The company said it expects a better year.", "He declined to comment", "Sales rose sharply, it said.",
            "Avg shrs 2,492,000"};
        SplittableRandom random = new SplittableRandom(11);
        int tabular = 0;
        for (int round = 0; round < 5_000; round++) {
            List<Paragraph> body = new ArrayList<>();
            for (int k = random.nextInt(16); k > 0; k--) {
                body.add(new Paragraph(lines[random.nextInt(lines.length)], 1));
            }
            int figures = 0;
            for (Paragraph p : body) {
                figures += EndingClassifier.isFigures(EndingClassifier.stripClosers(p.text().strip())) ? 1 : 0;
            }
            boolean expected = figures >= 2 && figures * 5 >= body.size();
            assertEquals(expected, EndingClassifier.isTabular(body), body.toString());
            tabular += expected ? 1 : 0;
        }
        assertEquals(true, tabular > 500 && tabular < 4_500, "both answers occur: " + tabular);
    }
}
