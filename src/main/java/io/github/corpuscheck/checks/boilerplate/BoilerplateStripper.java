package io.github.corpuscheck.checks.boilerplate;

import io.github.corpuscheck.api.Paragraph;
import io.github.corpuscheck.internal.PhraseList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Strips trailers, taglines and agency sign-offs from the end of a text, repeatedly (a sign-off after a trailer, a
 * trailer after a tagline...), and says what it removed. Thread-safe; holds only the phrase lists.
 */
public final class BoilerplateStripper {

    /** A trailer block starts in one of the last this many paragraphs. */
    public static final int TRAILER_WINDOW = 4;
    /** A trailer block (phrase plus headline, buttons...) is short; a longer block is text, not boilerplate. */
    public static final int MAX_TRAILER_CHARS = 400;
    /** At most this many tagline paragraphs are stripped from one text (an author line, a programme line...). */
    public static final int MAX_TAGLINES = 3;
    /** An inline sign-off ("... he said. (AFP)") is a few characters. */
    public static final int MAX_SIGN_OFF_CHARS = 40;

    /**
     * What was stripped; {@code body} is the input list itself when nothing was. {@code tagline} holds the stripped
     * tagline paragraphs (newline-separated), {@code taglineTrigger} what the first of them matched (a phrase,
     * {@code author-line} or {@code availability-line}).
     */
    public record Result(List<Paragraph> body, String trailer, String trailerPhrase, int trailerLine, String signOff,
            String tagline, String taglineTrigger, int taglineLine) {
        boolean changed() {
            return trailer != null || signOff != null || tagline != null;
        }
    }

    private final PhraseList trailers;
    private final PhraseList signOffs;
    private final Taglines taglines;

    public BoilerplateStripper(PhraseList trailers, PhraseList signOffs) {
        this(trailers, signOffs, Taglines.of(List.of()));
    }

    BoilerplateStripper(PhraseList trailers, PhraseList signOffs, Taglines taglines) {
        this.trailers = trailers;
        this.signOffs = signOffs;
        this.taglines = taglines;
    }

    /** The built-in phrase lists plus the user's. */
    public static BoilerplateStripper from(BoilerplateConfig config) {
        List<String> taglineLines = new ArrayList<>(resourceLines("taglines.txt"));
        taglineLines.addAll(config.extraTaglines());
        return new BoilerplateStripper(
                PhraseList.load(BoilerplateStripper.class, "trailers.txt", config.extraTrailers(), config.trailerFiles()),
                PhraseList.load(BoilerplateStripper.class, "sign-offs.txt", config.extraSignOffs(), config.signOffFiles()),
                Taglines.of(taglineLines));
    }

    private static List<String> resourceLines(String resource) {
        try (InputStream in = BoilerplateStripper.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.strip().startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result strip(List<Paragraph> paragraphs) {
        // Most texts have nothing to strip: the list is copied, and the parts lists made, only once something is.
        List<Paragraph> body = paragraphs;
        List<String> trailerParts = null;
        List<String> signOffParts = null;
        List<String> taglineParts = null;
        String trailerPhrase = null;
        int trailerLine = 0;
        String taglineTrigger = null;
        int taglineLine = 0;
        boolean changed = true;
        while (changed && !body.isEmpty()) {
            changed = false;
            Paragraph last = body.get(body.size() - 1);
            // 1. The whole last paragraph is a sign-off ("Reuter", "(AFP)", "(c) 2023 AFP").
            if (body.size() > 1 && signOffs.matchLine(last.text()) != null) {
                signOffParts = prepend(signOffParts, last.text().strip());
                body = editable(body, paragraphs);
                body.remove(body.size() - 1);
                changed = true;
                continue;
            }
            // 2. The whole last paragraph is a tagline (never the first paragraph: that would be all text).
            Taglines.Match tagline = body.size() > 1 && (taglineParts == null || taglineParts.size() < MAX_TAGLINES)
                    ? taglines.match(last.text()) : null;
            if (tagline != null) {
                taglineParts = prepend(taglineParts, last.text().strip());
                taglineTrigger = tagline.trigger(); // stripping runs backwards: the earliest tagline names it
                taglineLine = last.line();
                body = editable(body, paragraphs);
                body.remove(body.size() - 1);
                changed = true;
                continue;
            }
            // 3. A trailer block starting in one of the last paragraphs (never the first: that would be all text).
            int from = Math.max(1, body.size() - TRAILER_WINDOW);
            for (int k = from; k < body.size(); k++) {
                String start = body.get(k).text();
                PhraseList.Phrase p = PhraseList.startsLowerCase(start) ? null : trailers.matchLine(start);
                if (p != null && blockLength(body, k) <= MAX_TRAILER_CHARS) {
                    List<String> block = new ArrayList<>();
                    for (int j = k; j < body.size(); j++) {
                        block.add(body.get(j).text().strip());
                    }
                    trailerParts = prepend(trailerParts, String.join("\n", block));
                    trailerPhrase = p.source(); // stripping runs backwards: the earliest trailer in the text names it
                    trailerLine = body.get(k).line();
                    body = editable(body, paragraphs);
                    body.subList(k, body.size()).clear();
                    changed = true;
                    break;
                }
            }
            if (changed) {
                continue;
            }
            // 4. Inline at the end of the last paragraph, after a finished sentence.
            PhraseList.Tail signOff = signOffs.matchTail(last.text(), MAX_SIGN_OFF_CHARS, false);
            if (signOff != null) {
                signOffParts = prepend(signOffParts, signOff.tail());
                body = editable(body, paragraphs);
                body.set(body.size() - 1, new Paragraph(signOff.head(), last.line()));
                changed = true;
                continue;
            }
            PhraseList.Tail trailer = trailers.matchTail(last.text(), MAX_TRAILER_CHARS, true);
            if (trailer != null) {
                trailerParts = prepend(trailerParts, trailer.tail());
                trailerPhrase = trailer.phrase().source();
                trailerLine = last.line();
                body = editable(body, paragraphs);
                body.set(body.size() - 1, new Paragraph(trailer.head(), last.line()));
                changed = true;
            }
        }
        if (trailerParts == null && signOffParts == null && taglineParts == null) {
            return new Result(paragraphs, null, null, 0, null, null, null, 0);
        }
        return new Result(List.copyOf(body), trailerParts == null ? null : String.join("\n", trailerParts), trailerPhrase,
                trailerLine, signOffParts == null ? null : String.join("\n", signOffParts),
                taglineParts == null ? null : String.join("\n", taglineParts), taglineTrigger, taglineLine);
    }

    /** The body as a list this method may change: a copy of the input the first time. */
    private static List<Paragraph> editable(List<Paragraph> body, List<Paragraph> input) {
        return body == input ? new ArrayList<>(input) : body;
    }

    private static List<String> prepend(List<String> parts, String part) {
        List<String> out = parts == null ? new ArrayList<>(2) : parts;
        out.add(0, part);
        return out;
    }

    private static int blockLength(List<Paragraph> body, int from) {
        int n = 0;
        for (int j = from; j < body.size(); j++) {
            n += body.get(j).text().strip().length();
        }
        return n;
    }
}
