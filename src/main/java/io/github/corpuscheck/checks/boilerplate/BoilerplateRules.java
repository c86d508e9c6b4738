package io.github.corpuscheck.checks.boilerplate;

import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.Severity;
import java.util.List;

/** Rules of the boilerplate family. */
public final class BoilerplateRules {

    public static final Rule TRAILER = new Rule("boilerplate.trailer", Severity.WARNING,
            "The text ends in a web or newsletter trailer (READ MORE:, Related:, Subscribe..., share buttons, cookie"
                    + " notices); it is stripped before the truncation rules look at the end.");

    public static final Rule SIGN_OFF = new Rule("boilerplate.sign-off", Severity.WARNING,
            "The text ends in an agency sign-off (Reuter, (AFP), -- AP, (c) ...); always stripped, reported only"
                    + " with reportSignOffs=true.");

    public static final Rule TAGLINE = new Rule("boilerplate.tagline", Severity.WARNING,
            "The text ends in a tagline after the story (an author line, credits, a programme or availability line);"
                    + " always stripped, reported only with reportTaglines=true.");

    public static final List<Rule> ALL = List.of(TRAILER, SIGN_OFF, TAGLINE);

    private BoilerplateRules() {}
}
