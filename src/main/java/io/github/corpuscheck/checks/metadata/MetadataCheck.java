package io.github.corpuscheck.checks.metadata;

import io.github.corpuscheck.api.CorpusCheck;
import io.github.corpuscheck.api.CorpusContext;
import io.github.corpuscheck.api.Document;
import io.github.corpuscheck.api.DocumentMonthsSection;
import io.github.corpuscheck.api.DocumentScratch;
import io.github.corpuscheck.api.DocumentTable;
import io.github.corpuscheck.api.DuplicateResults;
import io.github.corpuscheck.api.Finding;
import io.github.corpuscheck.api.FindingSink;
import io.github.corpuscheck.api.Rule;
import io.github.corpuscheck.api.ScratchKeys;
import io.github.corpuscheck.api.StateCodec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Metadata checks. Per document ({@link #analyze}): the field schema (missing, invalid, noisy), dates (parse,
 * range), datelines (readable, agreeing with the date and source fields), URL syntax, title case. Corpus-wide
 * ({@link #finish}): ids used twice, URLs and titles repeated on different texts, and the dates of duplicates of
 * undated documents. Only compact state is kept per document: the date as an epoch day and 64-bit keys.
 */
public final class MetadataCheck implements CorpusCheck<MetadataCheck.DocState> {

    static final int NO_DATE = Integer.MIN_VALUE;

    /** What one document leaves for the corpus phase. */
    record DocState(int epochDay, boolean dateMissing, long idKey, long urlKey, long titleKey, long textKey) {}

    private final MetadataConfig config;
    private final FieldValidator fields;
    private final DateParser dates;
    private final DatelineParser datelines = new DatelineParser();
    private final LocalDate maxDate;

    private int[] epochDays = new int[1024];
    private final BitSet dateMissing = new BitSet();
    private final RepeatedKeys ids = new RepeatedKeys();
    private final RepeatedKeys urls = new RepeatedKeys();
    private final RepeatedKeys titles = new RepeatedKeys();
    private final RepeatedKeys texts = new RepeatedKeys();
    private int size;

    public MetadataCheck(MetadataConfig config) {
        this.config = config;
        this.fields = new FieldValidator(config.fieldRules());
        this.dates = new DateParser(config.datePatterns());
        this.maxDate = config.effectiveMaxDate();
    }

    /**
     * Which text a document carries, for "repeated on different texts": the duplicate check's hash of the normalised
     * body when it ran (so a copy differing only in case or spacing is the same text), else a hash of the raw text.
     */
    private static long textKey(Document doc, DocumentScratch scratch) {
        Long normalised = scratch.get(ScratchKeys.TEXT_HASH);
        if (normalised != null) {
            return normalised == 0L ? 1L : normalised;
        }
        return RepeatedKeys.keyOf(doc.text().strip());
    }

    @Override
    public List<Rule> rules() {
        return MetadataRules.ALL;
    }

    @Override
    public StateCodec<DocState> stateCodec() {
        return new StateCodec<>() {
            @Override
            public void write(DataOutput out, DocState s) throws IOException {
                out.writeInt(s.epochDay());
                out.writeBoolean(s.dateMissing());
                out.writeLong(s.idKey());
                out.writeLong(s.urlKey());
                out.writeLong(s.titleKey());
                out.writeLong(s.textKey());
            }

            @Override
            public DocState read(DataInput in) throws IOException {
                return new DocState(in.readInt(), in.readBoolean(), in.readLong(), in.readLong(), in.readLong(),
                        in.readLong());
            }
        };
    }

    @Override
    public DocState analyze(Document doc, DocumentScratch scratch, FindingSink sink) {
        fields.check(doc, sink);
        LocalDate date = checkDate(doc, sink);
        checkDateline(doc, date, sink);
        String url = checkUrl(doc, sink);
        String title = trimmed(doc.field("title"));
        if (title != null && titleCaseOn) {
            checkTitleCase(doc, title, sink);
        }
        return new DocState(date == null ? NO_DATE : (int) date.toEpochDay(),
                dateMissing(doc.field("date")),
                RepeatedKeys.keyOf(doc.id()),
                url == null ? 0L : RepeatedKeys.keyOf(url),
                title == null || !titleRepeatedOn ? 0L : RepeatedFields.titleKey(title),
                doc.hasText() ? textKey(doc, scratch) : 0L);
    }

    /** Both title rules are off by default (normal for wire services): their work is skipped when off. */
    private boolean titleCaseOn = true;
    private boolean titleRepeatedOn = true;

    @Override
    public void enable(Predicate<Rule> on) {
        titleCaseOn = on.test(MetadataRules.TITLE_CASE);
        titleRepeatedOn = on.test(MetadataRules.TITLE_REPEATED);
    }

    /** Whether the date field is absent or blank (a list with no non-blank element too). */
    private static boolean dateMissing(String raw) {
        List<String> elements = ListValue.elements(raw);
        return elements == null ? trimmed(raw) == null : elements.stream().allMatch(String::isBlank);
    }

    static String trimmed(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** Parses the date field; returns the date when it can be read (cleanly or once cleaned). */
    private LocalDate checkDate(Document doc, FindingSink sink) {
        String field = doc.field("date");
        List<String> elements = ListValue.elements(field);
        if (elements == null) {
            return checkDate(doc, field, sink);
        }
        LocalDate first = null; // a list of dates: each is checked, the first readable one is the document's
        for (String element : elements) {
            LocalDate d = checkDate(doc, element, sink);
            first = first == null ? d : first;
        }
        return first;
    }

    private LocalDate checkDate(Document doc, String raw, FindingSink sink) {
        if (trimmed(raw) == null) {
            return null;
        }
        ParsedDate p = dates.parse(raw);
        switch (p.status()) {
            case INVALID:
                sink.report(Finding.about(MetadataRules.INVALID, doc)
                        .message("Invalid date '" + p.cleaned() + "': it cannot be read as a date (" + p.reason() + ").")
                        .evidence("field", "date").evidence("value", raw).evidence("reason", p.reason())
                        .evidence("expected", "a date in one of the patterns " + String.join(" | ", dates.patterns())));
                return null;
            case NOISY:
                sink.report(Finding.about(MetadataRules.NOISY, doc)
                        .message("Noisy date '" + raw.strip() + "': it reads as " + p.date() + " once the trailing '"
                                + p.noise().strip() + "' is cut.")
                        .evidence("field", "date").evidence("value", raw).evidence("cleaned", p.cleaned())
                        .evidence("noise", p.noise()).evidence("date", p.date().toString()));
                break;
            default:
                break;
        }
        LocalDate d = p.date();
        if (config.minDate() != null && d.isBefore(config.minDate())) {
            sink.report(Finding.about(MetadataRules.OUT_OF_RANGE, doc)
                    .message("Date " + d + " is before minDate " + config.minDate() + ".")
                    .evidence("field", "date").evidence("value", raw).evidence("date", d.toString())
                    .evidence("minDate", config.minDate().toString()));
        } else if (d.isAfter(maxDate)) {
            sink.report(Finding.about(MetadataRules.OUT_OF_RANGE, doc)
                    .message("Date " + d + " is after maxDate " + maxDate
                            + (config.maxDate() == null ? " (the build's date)." : "."))
                    .evidence("field", "date").evidence("value", raw).evidence("date", d.toString())
                    .evidence("maxDate", maxDate.toString()));
        }
        return d;
    }

    private void checkDateline(Document doc, LocalDate date, FindingSink sink) {
        String field = doc.field("dateline");
        Dateline dl = trimmed(field) != null ? datelines.fromField(field) : datelines.fromText(doc.text());
        if (dl == null) {
            return;
        }
        if (dl.unreadable() != null) {
            sink.report(unreadableDateline(doc, dl));
        }
        LocalDate seen = dl.dateNear(date);
        if (seen != null && date != null) {
            long gap = Math.abs(seen.toEpochDay() - date.toEpochDay());
            if (gap > config.datelineToleranceDays()) {
                sink.report(datelineDateDiffers(doc, dl, seen, date, gap));
            }
        }
        String source = trimmed(doc.field("source"));
        if (dl.agency() != null && source != null && !AgencyNames.compatible(dl.agency(), source)) {
            sink.report(datelineAgencyDiffers(doc, dl, source));
        }
    }

    // The findings of a dateline, each in a method of its own: they are rare, and a call site the JIT seldom sees
    // is not inlined, so the per-document method above compiles without their messages (18 KB of code -> 11 KB).

    private static Finding.Builder unreadableDateline(Document doc, Dateline dl) {
        return Finding.about(MetadataRules.DATELINE_UNREADABLE, doc).line(datelineLine(doc, dl))
                .message("Cannot read the date in the dateline '" + dl.text() + "': '" + dl.unreadable()
                        + "' is not a month and day.")
                .evidence("field", "dateline").evidence("value", dl.text()).evidence("unreadable", dl.unreadable())
                .evidence("from", datelineFrom(dl)).evidence("expected", "a month name and a day, e.g. Sept 4 or 4 September");
    }

    private Finding.Builder datelineDateDiffers(Document doc, Dateline dl, LocalDate seen, LocalDate date, long gap) {
        return Finding.about(MetadataRules.INCONSISTENT, doc).line(datelineLine(doc, dl))
                .message("The dateline '" + dl.text() + "' says " + seen + ", " + gap + " days from the date field "
                        + date + " (tolerance " + config.datelineToleranceDays() + " days).")
                .evidence("field", "dateline").evidence("value", dl.text()).evidence("from", datelineFrom(dl))
                .evidence("datelineDate", seen.toString()).evidence("date", date.toString())
                .evidence("gapDays", gap).evidence("toleranceDays", config.datelineToleranceDays());
    }

    private static Finding.Builder datelineAgencyDiffers(Document doc, Dateline dl, String source) {
        return Finding.about(MetadataRules.INCONSISTENT, doc).line(datelineLine(doc, dl))
                .message("The dateline names the agency '" + dl.agency() + "' but the source field is '" + source + "'.")
                .evidence("field", "source").evidence("value", source).evidence("from", datelineFrom(dl))
                .evidence("datelineAgency", dl.agency()).evidence("expected", "a source naming " + dl.agency());
    }

    private static int datelineLine(Document doc, Dateline dl) {
        return dl.fromField() ? doc.line() : doc.textLine();
    }

    private static String datelineFrom(Dateline dl) {
        return dl.fromField() ? "field" : "text";
    }

    /** Checks the URL syntax; returns the normalised URL when acceptable. */
    private static String checkUrl(Document doc, FindingSink sink) {
        String url = trimmed(doc.field("url"));
        if (url == null) {
            return null;
        }
        String n = UrlValue.normalised(url);
        if (n == null) {
            sink.report(Finding.about(MetadataRules.INVALID, doc)
                    .message("Invalid url '" + url + "': expected an absolute http or https URL.")
                    .evidence("field", "url").evidence("value", url).evidence("expected", "an absolute http or https URL"));
        }
        return n;
    }

    private static void checkTitleCase(Document doc, String title, FindingSink sink) {
        boolean upper = false;
        boolean lower = false;
        int letters = 0;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper |= Character.isUpperCase(c);
                lower |= Character.isLowerCase(c);
            }
        }
        if (letters < 4 || (upper && lower)) {
            return;
        }
        String which = upper ? "capitals" : "lower case";
        sink.report(Finding.about(MetadataRules.TITLE_CASE, doc)
                .message("The title is all in " + which + ": '" + title + "'.")
                .evidence("field", "title").evidence("value", title).evidence("expected", "mixed case"));
    }

    @Override
    public void collect(int documentIndex, DocState state) {
        if (documentIndex >= epochDays.length) {
            int old = epochDays.length;
            epochDays = Arrays.copyOf(epochDays, Math.max(documentIndex + 1, old * 2));
        }
        size = Math.max(size, documentIndex + 1);
        epochDays[documentIndex] = state.epochDay();
        if (state.dateMissing()) {
            dateMissing.set(documentIndex);
        }
        ids.set(documentIndex, state.idKey());
        urls.set(documentIndex, state.urlKey());
        titles.set(documentIndex, state.titleKey());
        texts.set(documentIndex, state.textKey());
    }

    @Override
    public void finish(CorpusContext ctx, FindingSink sink) throws IOException {
        DocumentTable t = ctx.documents();
        Optional<RepeatedFieldSearch.Found> found = ctx.result(RepeatedFieldSearch.class).flatMap(s -> s.search(t));
        if (found.isPresent()) { // searched elsewhere: the same pairs, reported here
            found.get().ids().forEach(p -> reportRepeatedId(ctx, t, p.later(), p.first(), p.value(), sink));
            found.get().urls().forEach(p -> reportRepeatedUrl(ctx, t, p.later(), p.first(), p.value(), p.firstValue(),
                    sink));
            found.get().titles().forEach(p -> reportRepeatedTitle(ctx, t, p.later(), p.first(), sink));
        } else {
            for (int[] group : ids.groups()) {
                reportRepeatedIds(ctx, t, group, sink);
            }
            reportRepeatedUrls(ctx, sink);
            reportRepeatedTitles(ctx, sink);
        }
        Optional<DuplicateResults> dups = ctx.result(DuplicateResults.class);
        if (dups.isPresent() && config.fieldRule("date") != null && config.fieldRule("date").required()) {
            addDatesOfDuplicates(ctx, dups.get());
        }
        ctx.section(months(t.size()));
    }

    /** The month of every document's date, for the reports' findings by month. */
    DocumentMonthsSection months(int documents) {
        int[] months = new int[documents];
        int lastDay = NO_DATE;
        int lastMonth = DocumentMonthsSection.NONE;
        for (int i = 0; i < documents; i++) {
            int day = i < size ? epochDays[i] : NO_DATE;
            if (day != lastDay) {
                lastDay = day;
                if (day == NO_DATE) {
                    lastMonth = DocumentMonthsSection.NONE;
                } else {
                    LocalDate d = LocalDate.ofEpochDay(day);
                    lastMonth = d.getYear() * 12 + d.getMonthValue() - 1;
                }
            }
            months[i] = lastMonth;
        }
        return new DocumentMonthsSection(months);
    }

    /** Every later document with an id gets the finding, related to the first one (exact strings compared). */
    private static void reportRepeatedIds(CorpusContext ctx, DocumentTable t, int[] group, FindingSink sink) {
        String[] values = new String[group.length];
        for (int k = 0; k < group.length; k++) {
            values[k] = t.id(group[k]);
        }
        for (int[] p : RepeatedFields.idPairs(group, values)) {
            reportRepeatedId(ctx, t, p[0], p[1], t.id(p[0]), sink);
        }
    }

    private static void reportRepeatedId(CorpusContext ctx, DocumentTable t, int i, int j, String id,
            FindingSink sink) {
        sink.report(ctx.finding(MetadataRules.DUPLICATE_ID, i)
                .message("The id '" + id + "' is already used by the document at " + t.file(j) + ":" + t.line(j) + ".")
                .evidence("field", "id").evidence("value", id)
                .evidence("firstFile", t.file(j)).evidence("firstLine", t.line(j))
                .related(t.id(j), t.location(j)));
    }

    /**
     * Pairs (later document, first earlier document whose text differs) within a group sharing a value. Linear: when
     * the later text equals the group's first text, the first differing member is the earliest candidate.
     */
    private List<int[]> pairsOnOtherTexts(int[] group) {
        long[] keys = new long[group.length];
        for (int k = 0; k < group.length; k++) {
            keys[k] = texts.get(group[k]);
        }
        return RepeatedFields.pairsOnOtherTexts(group, keys);
    }

    private void reportRepeatedTitles(CorpusContext ctx, FindingSink sink) {
        DocumentTable t = ctx.documents();
        for (int[] group : titles.groups()) {
            for (int[] p : pairsOnOtherTexts(group)) {
                reportRepeatedTitle(ctx, t, p[0], p[1], sink);
            }
        }
    }

    private static void reportRepeatedTitle(CorpusContext ctx, DocumentTable t, int later, int first,
            FindingSink sink) {
        sink.report(ctx.finding(MetadataRules.TITLE_REPEATED, later)
                .message("The same title is on " + t.id(first) + ", whose text differs.")
                .evidence("field", "title").evidence("firstDocument", t.id(first))
                .related(t.id(first), t.location(first)));
    }

    /**
     * URLs repeated on different texts. Only hashes are kept per document, so the few documents involved are read
     * again to name the URL and to rule out a hash collision.
     */
    private void reportRepeatedUrls(CorpusContext ctx, FindingSink sink) throws IOException {
        List<int[]> pairs = new ArrayList<>();
        urls.groups().forEach(g -> pairs.addAll(pairsOnOtherTexts(g)));
        if (pairs.isEmpty()) {
            return;
        }
        // URLs come from the memo where it has them; only the other documents are read again.
        var memo = ctx.memo();
        BitSet wanted = new BitSet();
        Map<Integer, String> seen = new HashMap<>();
        pairs.forEach(p -> {
            for (int d : p) {
                if (!seen.containsKey(d) && !wanted.get(d)) {
                    String known = memo.getText(memo.key(URL_MEMO, d));
                    if (known != null) {
                        seen.put(d, known);
                    } else {
                        wanted.set(d);
                    }
                }
            }
        });
        ctx.reread(wanted, d -> {
            String raw = RepeatedFields.urlAsRead(d);
            seen.put(d.index(), raw);
            if (raw != null) { // else the corpus changed under us: nothing to remember
                memo.putText(memo.key(URL_MEMO, d.index()), raw);
            }
        });
        DocumentTable t = ctx.documents();
        for (int[] p : pairs) {
            String later = seen.get(p[0]);
            String first = seen.get(p[1]);
            if (!RepeatedFields.sameUrl(later, first)) {
                continue; // a hash collision, or the corpus changed under us
            }
            reportRepeatedUrl(ctx, t, p[0], p[1], later, first, sink);
        }
    }

    private static void reportRepeatedUrl(CorpusContext ctx, DocumentTable t, int later, int first, String url,
            String firstUrl, FindingSink sink) {
        sink.report(ctx.finding(MetadataRules.URL_REPEATED, later)
                .message("The URL '" + url + "' is also on " + t.id(first) + ", whose text differs.")
                .evidence("field", "url").evidence("value", url).evidence("firstDocument", t.id(first))
                .evidence("firstValue", firstUrl)
                .related(t.id(first), t.location(first)));
    }

    /** Memo namespace of a document's (trimmed) URL. */
    static final String URL_MEMO = "metadata.url";

    /** For undated documents in a duplicate cluster, names the first dated member (exact or near duplicate). */
    private void addDatesOfDuplicates(CorpusContext ctx, DuplicateResults dups) {
        DocumentTable t = ctx.documents();
        Optional<List<DuplicateDateSearch.Dated>> found = ctx.result(DuplicateDateSearch.class)
                .flatMap(s -> s.datedDuplicates(t, dups));
        if (found.isPresent()) { // searched elsewhere: the same members
            for (DuplicateDateSearch.Dated d : found.get()) {
                amendMissingDate(ctx, t, d.undated(), d.dated(), d.epochDay(), d.exact());
            }
            return;
        }
        for (int i = dateMissing.nextSetBit(0); i >= 0; i = dateMissing.nextSetBit(i + 1)) {
            int rep = dups.representativeOf(i);
            if (rep < 0) {
                continue;
            }
            int[] members = dups.membersOf(rep);
            int[] days = new int[members.length];
            int self = -1;
            for (int k = 0; k < members.length; k++) {
                int j = members[k];
                days[k] = j < size ? epochDays[j] : NO_DATE;
                self = j == i ? k : self;
            }
            int first = DuplicateDates.firstDated(self, days);
            if (first >= 0) {
                int j = members[first];
                amendMissingDate(ctx, t, i, j, days[first],
                        DuplicateDates.exact(dups.paragraphHashes(i), dups.paragraphHashes(j)));
            }
        }
    }

    private static void amendMissingDate(CorpusContext ctx, DocumentTable t, int undated, int dated, int epochDay,
            boolean exact) {
        String date = LocalDate.ofEpochDay(epochDay).toString();
        String kind = exact ? "an exact duplicate" : "a near-duplicate";
        String id = t.id(dated);
        // amend() hands every metadata.missing finding of the document: change only the one about the date.
        ctx.amend(undated, MetadataRules.MISSING, b -> !"date".equals(b.build().evidence().get("field")) ? b : b
                .message("No date: the required field 'date' is missing; " + id + ", " + kind + ", is dated " + date + ".")
                .evidence("duplicateDated", id + ", " + kind + ", is dated " + date)
                .evidence("duplicateDocument", id)
                .evidence("duplicateKind", exact ? "exact" : "near")
                .evidence("duplicateDate", date)
                .related(id, t.location(dated)));
    }
}
