package io.github.corpuscheck.checks.boilerplate;

import io.github.corpuscheck.api.BodyStripper;
import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.ScratchKeys;
import io.github.corpuscheck.api.StateCodec;
import io.github.corpuscheck.internal.TextEnds;
import java.util.List;

/**
 * Boilerplate trailers and agency sign-offs at the end of a text. Runs first in the suite: it puts the stripped body
 * under {@link ScratchKeys#BODY_PARAGRAPHS}, which the duplicate and truncation checks read, and in its corpus phase
 * publishes its stripper as the {@link BodyStripper} for checks that re-read documents. Trailers are always reported;
 * sign-offs are normal wire copy and reported only with {@code reportSignOffs}, taglines only with
 * {@code reportTaglines}.
 */
public final class BoilerplateCheck implements CorpusCheck<Integer> {

    static final int TRAILER = 1;
    static final int SIGN_OFF = 2;
    static final int TAGLINE = 4;
    private static final int MAX_TRAILER_EVIDENCE = 300;

    private final BoilerplateConfig config;
    private final BoilerplateStripper stripper;
    private long signOffsStripped;
    private long trailersStripped;
    private long taglinesStripped;

    public BoilerplateCheck(BoilerplateConfig config) {
        this.config = config;
        this.stripper = BoilerplateStripper.from(config);
    }

    @Override
    public List<Rule> rules() {
        return BoilerplateRules.ALL;
    }

    @Override
    public StateCodec<Integer> stateCodec() {
        return StateCodec.INT;
    }

    @Override
    public Integer analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
        if (!doc.hasText()) {
            scratch.put(ScratchKeys.BODY_PARAGRAPHS, doc.paragraphs());
            return 0;
        }
        BoilerplateStripper.Result r = stripper.strip(doc.paragraphs());
        scratch.put(ScratchKeys.BODY_PARAGRAPHS, r.body());
        int flags = 0;
        if (r.trailer() != null) {
            flags |= TRAILER;
            String firstLine = r.trailer().lines().findFirst().orElse("");
            sink.report(Finding.about(BoilerplateRules.TRAILER, doc)
                    .line(r.trailerLine() > 0 ? r.trailerLine() : doc.line())
                    .message("The text ends in a trailer (\"" + TextEnds.clip(firstLine, 60)
                            + "\"); it is stripped before the truncation checks.")
                    .evidence("trigger", r.trailerPhrase())
                    .evidence("trailer", TextEnds.clip(r.trailer(), MAX_TRAILER_EVIDENCE))
                    .evidence("ending", TextEnds.ending(r.body())));
        }
        if (r.signOff() != null) {
            flags |= SIGN_OFF;
            if (config.reportSignOffs()) {
                sink.report(Finding.about(BoilerplateRules.SIGN_OFF, doc)
                        .message("The text ends in the sign-off \"" + TextEnds.clip(r.signOff(), 60) + "\"; it is stripped.")
                        .evidence("trigger", "sign-off")
                        .evidence("signOff", r.signOff())
                        .evidence("ending", TextEnds.ending(r.body())));
            }
        }
        if (r.tagline() != null) {
            flags |= TAGLINE;
            if (config.reportTaglines()) {
                String firstLine = r.tagline().lines().findFirst().orElse("");
                sink.report(Finding.about(BoilerplateRules.TAGLINE, doc)
                        .line(r.taglineLine() > 0 ? r.taglineLine() : doc.line())
                        .message("The text ends in a tagline (\"" + TextEnds.clip(firstLine, 60)
                                + "\"); it is stripped before the truncation checks.")
                        .evidence("trigger", r.taglineTrigger())
                        .evidence("tagline", TextEnds.clip(r.tagline(), MAX_TRAILER_EVIDENCE))
                        .evidence("ending", TextEnds.ending(r.body())));
            }
        }
        return flags;
    }

    @Override
    public void collect(int documentIndex, Integer state) {
        if (state != null) {
            if ((state & TRAILER) != 0) {
                trailersStripped++;
            }
            if ((state & SIGN_OFF) != 0) {
                signOffsStripped++;
            }
            if ((state & TAGLINE) != 0) {
                taglinesStripped++;
            }
        }
    }

    @Override
    public void finish(CorpusContext context, FindingSink sink) {
        context.summary("boilerplate.trailersStripped", trailersStripped);
        context.summary("boilerplate.signOffsStripped", signOffsStripped);
        context.summary("boilerplate.taglinesStripped", taglinesStripped);
        context.publish(BodyStripper.class, paragraphs -> stripper.strip(paragraphs).body());
    }
}
