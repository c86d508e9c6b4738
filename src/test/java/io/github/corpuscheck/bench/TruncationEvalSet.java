package io.github.corpuscheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A labelled evaluation set for the ending rules, generated from made-up articles (sport, entertainment, technology,
 * politics, business). Complete articles end in prose, a quote, a team sheet, a list of names with countries, an award
 * or credit list, a figure table or its note, an author line, a programme line, credits or an availability line; cut
 * articles stop at a random word inside a sentence (never at a sentence end), some with figure lines earlier in the
 * body, some followed by a trailer, a tagline or a sign-off; a last line introducing a dropped table is a cut too.
 *
 * <p>Two vocabularies: {@link Pool#TUNED} (names, places, sentence and ending templates the rules were tuned on) and
 * {@link Pool#HELD_OUT} (others, written at the same time and not used for tuning). Deterministic for a seed.
 */
final class TruncationEvalSet {

    /** One labelled article. {@code expectedRule} is the ending rule a cut should get (null for a complete text). */
    record Item(String id, String text, boolean cut, String shape, String expectedRule, boolean tagline,
            boolean trailer) {}

    /** Words after which a cut is plainly mid-sentence (the generator's own list, not the checker's). */
    static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "for", "with", "from", "by", "at",
            "and", "or", "but", "that", "which", "its", "their", "his", "her", "our", "than", "into", "as", "in",
            "whose", "while");

    enum Pool { TUNED, HELD_OUT }

    private final Pool pool;
    private final SplittableRandom random;
    private final V v;

    TruncationEvalSet(Pool pool, long seed) {
        this.pool = pool;
        this.random = new SplittableRandom(seed);
        this.v = pool == Pool.TUNED ? TUNED : HELD;
    }

    /** The vocabulary and templates of one pool. */
    private record V(String[] first, String[] last, String[] countries, String[] teams, String[] cities,
            String[] orgs, String[] products, String[] shows, String[][] topicSentences, String[] quotes,
            String[] authorLines, String[] programmeLines, String[] creditLines, String[] availabilityLines,
            String[] rosterLabels, String[] awardCategories, String[] trailers, String[] signOffs,
            String[] tableIntros, String[] noteLines) {}

    private static final V TUNED = new V(
            new String[] {"Maria", "Tom", "Anna", "Ines", "Tomas", "Lena", "Kwame", "Yuki", "Pedro", "Sara", "Omar",
                "Clara", "Jonas", "Priya", "Felix", "Hannah"},
            new String[] {"Alvarez", "Reed", "Kowalski", "Duarte", "Varga", "Holm", "Okafor", "Lindqvist", "Moreau",
                "Brennan", "Tanaka", "Delaney", "Novak", "Haddad", "Quist", "Rossi"},
            new String[] {"Poland", "Portugal", "Hungary", "Sweden", "Ireland", "Japan", "Ghana", "Chile"},
            new String[] {"Riverside", "Northgate", "Harbour City", "Eastfield Rovers", "Kingsport", "Valley United"},
            new String[] {"Lisbon", "Krakow", "Osaka", "Dublin", "Accra", "Santiago", "Bergen", "Lyon"},
            new String[] {"Radio North", "the Meridian Group", "Halden Systems", "the Civic Party", "Corvel Foods",
                "the National Theatre"},
            new String[] {"Starfall Racer", "Harbour Tycoon", "Pixel Garden", "Cloudline X2", "Orbit Pad"},
            new String[] {"Digital Planet", "The Science Hour", "Money Talk", "World Sport Weekly"},
            new String[][] {
                { // sport
                    "{T} beat {T2} {n}-{m} on {day} to move top of the table.",
                    "{P} scored twice in the second half, the first from a free kick that curled past the keeper.",
                    "The home side had struggled for rhythm early on, and the crowd grew restless before the break.",
                    "Coach {P} said after the match that the squad had trained hard for this kind of game.",
                    "Injuries to two defenders forced a late change, with {P} moving into the back line.",
                    "The result leaves {T2} {n} points adrift with {m} games left to play.",
                    "Fans travelled from {C} in large numbers despite the rain that fell all afternoon.",
                },
                { // entertainment
                    "The awards ceremony in {C} drew a record audience on {day} night.",
                    "{P} won the top prize for a performance that critics described as fearless and precise.",
                    "The organisers said more than {n} films had been submitted from {m} countries this year.",
                    "Backstage, the winners thanked their crews and the small studios that had backed them.",
                    "Last year's ceremony was criticised for running long, and this one finished on time.",
                    "The jury was chaired by the director {P}, who praised the depth of the shortlist.",
                },
                { // technology
                    "{O} unveiled a new version of its flagship device at an event in {C} on {day}.",
                    "The company said the battery now lasts {n} hours, up from {m} in the previous model.",
                    "Analysts expect the launch to lift sales ahead of the holiday season.",
                    "{P}, who leads the design team, said the focus had been on making the device lighter.",
                    "The software update will reach older devices over the coming weeks.",
                    "Reviewers who tried the prototype praised the screen but questioned the price.",
                },
                { // politics
                    "Lawmakers in {C} voted {n} to {m} on {day} to approve the budget after a long debate.",
                    "{P}, who leads the opposition, said the plan would hurt families on low incomes.",
                    "The government argues that the spending cuts are needed to bring the deficit down.",
                    "Protesters gathered outside the parliament building as the vote took place.",
                    "The measure now goes to the upper house, where its passage is less certain.",
                    "Officials said the first payments under the new scheme would be made in the spring.",
                },
                { // business
                    "{O} said on {day} that quarterly profit rose {n} pct on stronger demand in {C}.",
                    "Revenue climbed to {n}.{m} billion dlrs, beating the forecasts of most analysts.",
                    "The chief executive, {P}, told investors the company would keep investing in new plants.",
                    "Shares in the group rose sharply in early trading after the results were published.",
                    "The company also raised its dividend and announced a share buyback programme.",
                    "Costs for raw materials eased during the quarter, helping margins recover.",
                },
            },
            new String[] {"\"We knew this would be hard, and we stayed calm,\" {P} said.",
                "\"It is a good day for everyone who worked on this,\" said {P}.",
                "\"Nobody expected this result,\" {P} told reporters."},
            new String[] {"{P} is a science correspondent for Radio North, a co-production of two public broadcasters",
                "{P} edits the Future Homes website, which covers how technology changes family life",
                "{P} is a senior sports writer based in {C}",
                "{P} is a contributing editor at the Harbour Review."},
            new String[] {"Hear more on the programme Digital Planet", "Hear more from {P} on Money Talk",
                "Listen to the full interview on World Sport Weekly"},
            new String[] {"Additional reporting by {P} in {C}", "Reporting by {P}; Editing by {P2}",
                "Photos by {P}"},
            new String[] {"{PR} is out on {n} March in Europe and {m} March in Japan", "{PR} out now for PC and Mac",
                "{PR} is available now from {O}"},
            new String[] {"Subs", "Referee", "Booked", "Scorers"},
            new String[] {"Best Drama", "Best Comedy", "Children's Animation", "Best Documentary", "Best Actress",
                "Best Score", "Outstanding Newcomer"},
            new String[] {"READ MORE:\nA related headline about {C} and its budget", "Related: {O} results lift shares",
                "Share this article"},
            new String[] {"(AFP)", "Reuter", "-- AP"},
            new String[] {"The tables below show the turnout in each district:",
                "Full results for each region are listed below:"},
            new String[] {"NOTE: {y} qtr includes a gain of {n}.{m} mln dlrs from the sale of a unit",
                "Note: Full name of company is Corvel Foods Holdings Inc"});

    private static final V HELD = new V(
            new String[] {"Daniel", "Ana", "Mikel", "Grace", "Ivo", "Leila", "Rafael", "Noor", "Emeka", "Sofia",
                "Henrik", "Aiko", "Marta", "Joel"},
            new String[] {"Moss", "Ruiz", "Etxeberria", "Whitfield", "Petrov", "Farah", "Costa", "Siddiqui", "Obi",
                "Marchetti", "Berg", "Sato", "Kovac", "Lindgren"},
            new String[] {"Spain", "Croatia", "Norway", "Nigeria", "Italy", "Brazil", "Finland", "Egypt"},
            new String[] {"Westbrook Athletic", "Port Sterling", "Ashdale", "Millbridge City", "Southend Harriers"},
            new String[] {"Porto", "Zagreb", "Tromso", "Lagos", "Turin", "Recife", "Tampere", "Cairo"},
            new String[] {"the Northern Post", "Brightwave Labs", "the Unity Alliance", "Kessler Motors",
                "the Cinema Guild", "Aldmoor Bank"},
            new String[] {"Nebula Drift", "Farmstead Saga", "Kite Runner Pro", "Lumen Watch 3", "Echo Bud"},
            new String[] {"The Inquiry", "Tech Tent", "Business Daily", "Sportsworld"},
            new String[][] {
                { // sport
                    "{T} and {T2} drew {n}-{n} in a tense derby watched by a full stadium.",
                    "A penalty from {P} in the closing minutes rescued a point for the visitors.",
                    "The manager made three changes at half time to add pace on the wings.",
                    "{P} hit the post twice before finally finding the net with a header.",
                    "Both teams finished with ten men after a scuffle near the touchline.",
                    "The league leaders now host {T2} next weekend in what could decide the title.",
                },
                { // entertainment
                    "The festival in {C} closed on {day} with a gala screening of a new thriller.",
                    "{P} collected the award for best director, her second win in three years.",
                    "Ticket sales were up by a third on last year, according to the organisers.",
                    "Several of the nominated films were made on budgets of less than a million euros.",
                    "The host, the comedian {P}, kept the evening moving with quick jokes between awards.",
                    "A tribute to the late actor {P} drew a long standing ovation from the audience.",
                },
                { // technology
                    "{O} has started selling a smartwatch that can track sleep and measure blood oxygen.",
                    "The device costs {n}9 euros and will ship first to customers in {C}.",
                    "Privacy campaigners asked how the health data collected by the watch would be stored.",
                    "{P}, an analyst who follows the wearables market, called the pricing aggressive.",
                    "The company declined to say how many units it expects to sell this year.",
                    "Early buyers reported that the companion app crashed during setup.",
                },
                { // politics
                    "The coalition in {C} agreed on {day} to raise the minimum wage by {n} pct next year.",
                    "{P}, the labour minister, called the deal a fair compromise for workers and employers.",
                    "Business groups warned that small firms could cut hiring as a result.",
                    "The agreement ends weeks of talks that had threatened to split the governing parties.",
                    "Opinion polls suggest most voters support a higher wage floor.",
                    "A final vote in parliament is expected before the summer recess.",
                },
                { // business
                    "{O} reported a {n} pct fall in first-half earnings, blaming weak sales in {C}.",
                    "Net profit came to {n}{m} mln euros against {m}{n} mln a year earlier.",
                    "The bank set aside more money to cover bad loans to property developers.",
                    "{P}, the finance director, said the second half would be stronger.",
                    "The shares fell in morning trade before recovering some of their losses.",
                    "The group repeated its target of cutting costs by a tenth over three years.",
                },
            },
            new String[] {"\"This is only the beginning,\" {P} said after the announcement.",
                "\"We listened, and we acted,\" said {P}.",
                "\"I did not see it coming,\" {P} admitted."},
            new String[] {"{P} is a technology reporter at the Northern Post",
                "{P} writes about food and travel for the weekend edition",
                "{P} is the author of a history of the city's football clubs",
                "{P} presents The Inquiry on Tuesdays"},
            new String[] {"Hear more on Tech Tent", "You can listen to the full episode on Business Daily",
                "Hear the full interview with {P} on Sportsworld"},
            new String[] {"Written by {P}", "Edited by {P}", "Additional reporting by {P} and {P2}"},
            new String[] {"{PR} is released on {n} June for consoles", "{PR} is in cinemas from Friday",
                "{PR} goes on sale next month in {C}"},
            new String[] {"Subs not used", "Ref", "Yellow cards", "Goals"},
            new String[] {"Best Director", "Best Short Film", "Audience Award", "Best Cinematography",
                "Lifetime Achievement", "Best Debut Feature"},
            new String[] {"Read also: {C} mayor resigns", "See also: {O} profit warning", "Follow us on social media"},
            new String[] {"(dpa)", "REUTER", "— AP"},
            new String[] {"The chart below shows how each party fared:", "Here are the full standings:"},
            new String[] {"NOTE: Prior year figures restated for a {n}-for-one stock split",
                "Note - results include a charge of {n}.{m} mln euros"});

    /** The set: {@code n} articles, a third of them cut. */
    List<Item> generate(int n) {
        List<Item> out = new ArrayList<>();
        String prefix = pool == Pool.TUNED ? "t" : "h";
        for (int i = 0; i < n; i++) {
            String id = String.format(Locale.ROOT, "%s%04d", prefix, i);
            int kind = random.nextInt(100);
            out.add(kind < 58 ? complete(id) : cut(id, kind >= 96));
        }
        return out;
    }

    private Item complete(String id) {
        int topic = random.nextInt(5);
        List<String> paras = body(topic, 3 + random.nextInt(4), topic == 4 && random.nextInt(3) == 0);
        String shape;
        boolean tagline = false;
        switch (random.nextInt(topic == 4 ? 4 : 3)) {
            case 0 -> shape = "prose";
            case 1 -> {
                shape = topicEnding(topic, paras);
            }
            case 2 -> {
                shape = "prose";
            }
            default -> shape = businessEnding(paras);
        }
        if (shape.equals("prose") && random.nextInt(4) == 0) {
            paras.add(fill(pick(v.quotes())));
            shape = "quote";
        }
        boolean trailer = false;
        tagline = shape.equals("availability");
        if (random.nextInt(3) == 0) {
            shape = shape + "+tagline";
            tagline = true;
            addTagline(paras, topic);
        }
        if (random.nextInt(8) == 0) {
            paras.add(fill(pick(v.trailers())));
            trailer = true;
        }
        if (random.nextInt(6) == 0) {
            paras.add(pick(v.signOffs()));
        }
        return new Item(id, join(paras), false, shape, null, tagline, trailer);
    }

    /** A finished ending typical of the topic: a team sheet, an award list, an availability line... */
    private String topicEnding(int topic, List<String> paras) {
        switch (topic) {
            case 0 -> {
                int style = random.nextInt(3);
                if (style == 0) {
                    paras.add(pick(v.rosterLabels()) + ": " + names(4 + random.nextInt(3), ", ") + ".");
                    paras.add(random.nextBoolean() ? "Referee: " + fullName() + " (" + pick(v.countries()) + ")"
                            : ": " + initialName());
                    return "roster";
                } else if (style == 1) {
                    paras.add(pick(v.teams()) + ": " + names(3, ", ") + "; " + names(4, ", ") + "; " + names(3, ", "));
                    paras.add(pick(v.teams()) + ": " + names(3, ", ") + "; " + names(4, ", ") + "; " + names(3, ", "));
                    return "team-sheet";
                }
                StringBuilder sb = new StringBuilder();
                for (int k = 0, m = 3 + random.nextInt(3); k < m; k++) {
                    sb.append(k == 0 ? "" : " ").append(fullName()).append(" (").append(pick(v.countries())).append(')');
                }
                paras.add(sb.toString());
                return "names-with-countries";
            }
            case 1 -> {
                if (random.nextBoolean()) {
                    paras.add(random.nextBoolean() ? "The winners were:" : "Winners:");
                }
                for (int k = 0, m = 3 + random.nextInt(3); k < m; k++) {
                    String title = pick(v.shows()).replace("The ", "") + (random.nextBoolean() ? "" : " " + pick(v.last()));
                    paras.add(pick(v.awardCategories()) + (random.nextBoolean() ? " - " : " – ")
                            + (random.nextBoolean() ? title : fullName() + ", " + title));
                }
                return "award-list";
            }
            case 2 -> {
                paras.add(fill(pick(v.availabilityLines())));
                return "availability"; // a tagline: stripped as boilerplate.tagline
            }
            case 3 -> {
                paras.add(fill(pick(v.quotes())));
                return "quote";
            }
            default -> {
                return businessEnding(paras);
            }
        }
    }

    /** A figure table at the end, sometimes with a note under it. */
    private String businessEnding(List<String> paras) {
        paras.add(fill("Shr {n}.{m}{n} dlrs vs {m}.{n}{n} dlrs"));
        paras.add(fill("Net {n}{m}.{n} mln vs {m}{n}.{m} mln"));
        paras.add(fill("Revs {n}{n}{m}.{m} mln vs {m}{m}{n}.{n} mln"));
        if (random.nextBoolean()) {
            paras.add(fill(pick(v.noteLines())));
            return "figure-table+note";
        }
        return "figure-table";
    }

    private void addTagline(List<String> paras, int topic) {
        int which = random.nextInt(4);
        String[] lines = which == 0 ? v.authorLines() : which == 1 ? v.programmeLines()
                : which == 2 ? v.creditLines() : v.availabilityLines();
        paras.add(fill(pick(lines)));
        if (random.nextInt(4) == 0) {
            paras.add(fill(pick(v.programmeLines())));
        }
    }

    /** A cut article: the body stops at a random word inside a sentence of a random paragraph. */
    private Item cut(String id, boolean tableIntro) {
        int topic = random.nextInt(5);
        boolean figures = topic == 4 || random.nextInt(6) == 0;
        List<String> paras = body(topic, 3 + random.nextInt(4), figures);
        if (tableIntro) {
            paras.add(pick(v.tableIntros()));
            return new Item(id, join(paras), true, "table-intro", "truncation.mid-sentence", false, false);
        }
        // Cut in the last paragraph most often, else in an earlier one (the rest is lost); never in a figure line.
        int at = random.nextInt(3) == 0 ? 1 + random.nextInt(paras.size() - 1) : paras.size() - 1;
        while (at > 0 && isFigureLine(paras.get(at))) {
            at--;
        }
        String cutText = cutInside(paras.get(at));
        List<String> kept = new ArrayList<>(paras.subList(0, at));
        kept.add(cutText);
        String shape = figures ? "cut-after-figures" : "cut";
        boolean tagline = false;
        boolean trailer = false;
        int extra = random.nextInt(6);
        if (extra == 0) {
            addTagline(kept, topic);
            tagline = true;
            shape += "+tagline";
        } else if (extra == 1) {
            kept.add(fill(pick(v.trailers())));
            trailer = true;
            shape += "+trailer";
        } else if (extra == 2) {
            kept.add(pick(v.signOffs()));
            shape += "+sign-off";
        }
        return new Item(id, join(kept), true, shape, expectedRule(cutText), tagline, trailer);
    }

    /** A table row or the note under it: telegraphic lines a cut is not placed in. */
    static boolean isFigureLine(String p) {
        return p.contains(" vs ") || p.regionMatches(true, 0, "note", 0, 4);
    }

    /** The rule a cut text ending so should get: mid-sentence after a comma or a function word, else no-terminal. */
    static String expectedRule(String cutText) {
        char last = cutText.charAt(cutText.length() - 1);
        if (last == ',' || last == ';' || last == ':' || last == '-') {
            return "truncation.mid-sentence";
        }
        int i = cutText.length();
        while (i > 0 && Character.isLetter(cutText.charAt(i - 1))) {
            i--;
        }
        return FUNCTION_WORDS.contains(cutText.substring(i)) ? "truncation.mid-sentence"
                : "truncation.no-terminal-punctuation";
    }

    /** The paragraph up to a random word that does not end a sentence (at least one word kept). */
    private String cutInside(String p) {
        String[] words = p.split(" ");
        List<Integer> ends = new ArrayList<>();
        for (int k = 0; k < words.length - 1; k++) {
            String w = words[k];
            char c = w.charAt(w.length() - 1);
            if (".!?\"”".indexOf(c) < 0) {
                ends.add(k);
            }
        }
        if (ends.isEmpty()) {
            return words[0].replaceAll("[.!?\"”]+$", "");
        }
        int k = ends.get(random.nextInt(ends.size()));
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, k + 1));
    }

    private List<String> body(int topic, int paragraphs, boolean figures) {
        List<String> out = new ArrayList<>();
        String[] sentences = v.topicSentences()[topic];
        for (int k = 0; k < paragraphs; k++) {
            if (figures && k >= 1 && k <= 2) {
                out.add(fill(k == 1 ? "Shr {n}.{m}{n} dlrs vs {m}.{n} dlrs" : "Net {n}{m}.{m} mln vs {m}.{n} mln"));
                if (k == 2 && random.nextBoolean()) {
                    out.add(fill(pick(v.noteLines())) + ".");
                }
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int s = 0, m = 1 + random.nextInt(3); s < m; s++) {
                sb.append(s == 0 ? "" : " ").append(fill(sentences[random.nextInt(sentences.length)]));
            }
            out.add(sb.toString());
        }
        return out;
    }

    private String join(List<String> paras) {
        String sep = random.nextInt(4) == 0 ? "\n" : "\n\n";
        return String.join(sep, paras);
    }

    private String fill(String template) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                sb.append(c);
                i++;
                continue;
            }
            String slot = template.substring(i + 1, close);
            sb.append(switch (slot) {
                case "P", "P2" -> fullName();
                case "T" -> pick(v.teams());
                case "T2" -> pick(v.teams());
                case "C" -> pick(v.cities());
                case "O" -> capitalise(pick(v.orgs()), i == 0);
                case "PR" -> pick(v.products());
                case "n", "m" -> String.valueOf(1 + random.nextInt(9));
                case "y" -> String.valueOf(1980 + random.nextInt(40));
                case "day" -> pick(new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"});
                default -> slot;
            });
            i = close + 1;
        }
        return sb.toString();
    }

    private static String capitalise(String s, boolean atStart) {
        return atStart && !s.isEmpty() ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
    }

    private String fullName() {
        return pick(v.first()) + " " + pick(v.last());
    }

    private String initialName() {
        return pick(v.first()).charAt(0) + " " + pick(v.last());
    }

    private String names(int count, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < count; k++) {
            sb.append(k == 0 ? "" : sep).append(pick(v.last()));
        }
        return sb.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
