package io.github.corpuscheck.checks.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.corpuscheck.api.Paragraph;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TaglinesTest {

    private static final BoilerplateStripper STRIPPER = BoilerplateStripper.from(BoilerplateConfig.defaults());
    private static final String STORY = "The festival closed on Sunday with a gala screening of a new thriller.";

    private static List<Paragraph> paras(String... texts) {
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Paragraph(texts[i], i + 1));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Alvarez is a science correspondent for Radio North, a co-production of two public broadcasters|author-line",
            "Daniel Moss is a technology reporter at the Northern Post.|author-line",
            "Tom Reed edits the Future Homes website, which covers how technology changes family life|{name} edits*",
            "Ana Ruiz writes about food and travel for the weekend edition|{name} writes*",
            "Hear more on the programme Digital Planet|Hear more on*",
            "Additional reporting by Ines Duarte in Lisbon|Additional reporting by*",
            "Reporting by Tom Reed; Editing by Lena Holm|Reporting by*",
            "Starfall Racer is out on 3 March in Europe and 10 March in Japan|availability-line",
            "Harbour Tycoon out now for PC and Mac|availability-line",
            "Cloudline X2 is available now from Halden Systems|availability-line",
            "The Lighthouse Keeper is in cinemas from Friday|availability-line",
    })
    void taglinesAfterTheStoryAreStripped(String tagline, String trigger) {
        BoilerplateStripper.Result r = STRIPPER.strip(paras(STORY, tagline));
        assertEquals(List.of(STORY), r.body().stream().map(Paragraph::text).toList());
        assertEquals(tagline, r.tagline());
        assertEquals(trigger, r.taglineTrigger());
        assertEquals(2, r.taglineLine());
        assertNull(r.trailer());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // no role, a one-word name, a past tense, several sentences, a cut on an article or a comma
            "Maria Alvarez is a teacher who lost her home in the flood.",
            "Globe produces silicon metals and magnesium ferrosilicon.",
            "Bainum Sr. was the founder of Manor Care, a nursing home and hotel operator.",
            "Potomac News covers Washington for 150 stations. The deal affects about 219 affiliates.",
            "Tom Reed edits the",
            "Maria Alvarez is a science correspondent for Radio North,",
            "Earnings will be released April 14, the company said.",
            "Details are available on request",
            "The report is available from the ministry",
            "the game is out now",
    })
    void storyParagraphsAreNotTaglines(String last) {
        List<Paragraph> in = paras(STORY, last);
        BoilerplateStripper.Result r = STRIPPER.strip(in);
        assertSame(in, r.body());
        assertNull(r.tagline());
    }

    @Test
    void theFirstParagraphIsNeverATagline() {
        List<Paragraph> in = paras("Harbour Tycoon out now for PC and Mac");
        assertSame(in, STRIPPER.strip(in).body());
    }

    @Test
    void taglineBlocksAndTrailersAfterThemAreStrippedTogether() {
        BoilerplateStripper.Result r = STRIPPER.strip(paras(STORY, "Maria Alvarez is a science correspondent for Radio North",
                "Hear more on the programme Digital Planet", "READ MORE:", "A related headline", "(AFP)"));
        assertEquals(List.of(STORY), r.body().stream().map(Paragraph::text).toList());
        assertEquals("Maria Alvarez is a science correspondent for Radio North\nHear more on the programme Digital Planet",
                r.tagline());
        assertEquals("author-line", r.taglineTrigger());
        assertEquals(2, r.taglineLine());
        assertEquals("READ MORE:\nA related headline", r.trailer());
        assertEquals("(AFP)", r.signOff());
    }

    @Test
    void atMostThreeTaglinesAreStripped() {
        String t = "Hear more on the programme Digital Planet";
        BoilerplateStripper.Result r = STRIPPER.strip(paras(STORY, STORY, t, t, t, t));
        assertEquals(3, r.body().size());
        assertEquals(String.join("\n", t, t, t), r.tagline());
    }

    @Test
    void usersAddPhrasesAndNamePatterns() {
        BoilerplateStripper custom = BoilerplateStripper.from(BoilerplateConfig.builder()
                .extraTaglines(List.of("{name} is our Paris bureau chief*", "Listen on Radio North*")).build());
        assertEquals("{name} is our Paris bureau chief*",
                custom.strip(paras(STORY, "Leila Farah is our Paris bureau chief")).taglineTrigger());
        assertEquals("Listen on Radio North*",
                custom.strip(paras(STORY, "Listen on Radio North every Sunday")).taglineTrigger());
        // The built-in list knows neither.
        assertNull(STRIPPER.strip(paras(STORY, "Leila Farah is our Paris bureau chief")).tagline());
        // {name} stands for two to four capitalised words: not one, not a lower-case word.
        assertNull(custom.strip(paras(STORY, "Farah is our Paris bureau chief")).tagline());
        assertNull(custom.strip(paras(STORY, "The team is our Paris bureau chief")).tagline());
    }

    @Test
    void configurationRejectsNullPhrases() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BoilerplateConfig.builder().extraTaglines(Arrays.asList("Hear more*", null)).build());
        assertEquals("extraTaglines must not contain null, not [Hear more*, null].", e.getMessage());
        BoilerplateConfig d = BoilerplateConfig.defaults();
        assertEquals(false, d.reportTaglines());
        assertEquals(List.of(), d.extraTaglines());
    }

    @Test
    void hostileParagraphsTakeLinearTime() {
        for (String unit : new String[] {"Maria ", "A ", "Hear more on ", "Tom Reed edits ", "X is out now "}) {
            String huge = unit.repeat(2_000_000 / unit.length());
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> STRIPPER.strip(paras(STORY, huge, huge)), unit);
            assertEquals(2, STRIPPER.strip(paras(STORY, huge)).body().size(), unit);
        }
    }
}
