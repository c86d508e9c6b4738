package io.github.corpuscheck.checks.duplicate;

/**
 * Options of the duplicate family, immutable. {@link #defaults()} gives the defaults; change them with
 * {@link #builder()}.
 */
public final class DuplicateConfig {

    private final int shingleSize;
    private final int minWords;
    private final double nearJaccard;
    private final double nearContainment;
    private final double editionContainment;
    private final int editionParagraphs;
    private final int templateWords;
    private final RepresentativePolicy representative;
    private final boolean unicodeNormalization;
    private final boolean caseFolding;
    private final boolean collapseWhitespace;
    private final int minParagraphWords;
    private final int maxParagraphPostings;
    private final int bands;
    private final int rows;
    private final int maxBucket;
    private final java.nio.file.Path spillDirectory;

    private static final DuplicateConfig DEFAULTS = new DuplicateConfig(new Builder());

    private DuplicateConfig(Builder b) {
        if (b.shingleSize < 1) {
            throw new IllegalArgumentException("shingleSize must be at least 1, was " + b.shingleSize);
        }
        if (b.minWords < 0) {
            throw new IllegalArgumentException("minWords must not be negative, was " + b.minWords);
        }
        checkRatio("nearJaccard", b.nearJaccard);
        checkRatio("nearContainment", b.nearContainment);
        checkRatio("editionContainment", b.editionContainment);
        if (b.bands < 1 || b.rows < 1 || b.bands * b.rows > 1024) {
            throw new IllegalArgumentException("bands and rows must be at least 1 (and bands*rows at most 1024)");
        }
        this.shingleSize = b.shingleSize;
        this.minWords = b.minWords;
        this.nearJaccard = b.nearJaccard;
        this.nearContainment = b.nearContainment;
        this.editionContainment = b.editionContainment;
        this.editionParagraphs = Math.max(1, b.editionParagraphs);
        this.templateWords = Math.max(0, b.templateWords);
        this.representative = b.representative;
        this.unicodeNormalization = b.unicodeNormalization;
        this.caseFolding = b.caseFolding;
        this.collapseWhitespace = b.collapseWhitespace;
        this.minParagraphWords = Math.max(1, b.minParagraphWords);
        this.maxParagraphPostings = Math.max(2, b.maxParagraphPostings);
        this.bands = b.bands;
        this.rows = b.rows;
        this.maxBucket = Math.max(2, b.maxBucket);
        this.spillDirectory = b.spillDirectory;
    }

    private static void checkRatio(String name, double v) {
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], was " + v);
        }
    }

    /** The same configuration with temporary spill files in this folder. */
    public DuplicateConfig withSpillDirectory(java.nio.file.Path folder) {
        Builder b = new Builder();
        b.shingleSize = shingleSize;
        b.minWords = minWords;
        b.nearJaccard = nearJaccard;
        b.nearContainment = nearContainment;
        b.editionContainment = editionContainment;
        b.editionParagraphs = editionParagraphs;
        b.templateWords = templateWords;
        b.representative = representative;
        b.unicodeNormalization = unicodeNormalization;
        b.caseFolding = caseFolding;
        b.collapseWhitespace = collapseWhitespace;
        b.minParagraphWords = minParagraphWords;
        b.maxParagraphPostings = maxParagraphPostings;
        b.bands = bands;
        b.rows = rows;
        b.maxBucket = maxBucket;
        b.spillDirectory = folder;
        return new DuplicateConfig(b);
    }

    /** The defaults (see each getter). */
    public static DuplicateConfig defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Words per shingle (default 5). */
    public int shingleSize() {
        return shingleSize;
    }

    /** Texts with fewer words are not compared for near duplication (default 20); exact duplicates still count. */
    public int minWords() {
        return minWords;
    }

    /** Jaccard similarity of shingle sets from which a pair is a near duplicate (default 0.8). */
    public double nearJaccard() {
        return nearJaccard;
    }

    /** Share of one text's shingles found in the other from which a pair is a near duplicate (default 0.8). */
    public double nearContainment() {
        return nearContainment;
    }

    /** With at least {@link #editionParagraphs()} shared paragraphs, this containment suffices (default 0.5). */
    public double editionContainment() {
        return editionContainment;
    }

    /** Identical paragraphs that, with {@link #editionContainment()}, make two texts editions (default 3). */
    public int editionParagraphs() {
        return editionParagraphs;
    }

    /**
     * When the shorter text has fewer words than this and holds a figure the other lacks, the pair is a template
     * filled with other numbers, not a duplicate (default 100; 0 disables).
     */
    public int templateWords() {
        return templateWords;
    }

    public RepresentativePolicy representative() {
        return representative;
    }

    /** NFKC normalisation before comparing (default true). */
    public boolean unicodeNormalization() {
        return unicodeNormalization;
    }

    /** Lower-casing before comparing (default true). */
    public boolean caseFolding() {
        return caseFolding;
    }

    /** Runs of whitespace compare as one space (default true). */
    public boolean collapseWhitespace() {
        return collapseWhitespace;
    }

    /** Paragraphs with fewer words are not indexed or counted as shared (default 6). */
    public int minParagraphWords() {
        return minParagraphWords;
    }

    /** A paragraph found in more documents than this is boilerplate and yields no candidates (default 50). */
    public int maxParagraphPostings() {
        return maxParagraphPostings;
    }

    /** LSH bands (default 16). */
    public int bands() {
        return bands;
    }

    /** MinHash components per LSH band (default 4); the signature has bands*rows components. */
    public int rows() {
        return rows;
    }

    /** In an LSH bucket, each document is paired with at most this many earlier ones (default 64). */
    public int maxBucket() {
        return maxBucket;
    }

    /**
     * Where the first pass writes each document's exact shingle set to a temporary file (deleted when the check
     * finishes), so that verifying candidate pairs need not re-read and re-tokenise their texts; {@code null} to
     * re-read them instead.
     */
    public java.nio.file.Path spillDirectory() {
        return spillDirectory;
    }

    /** Mutable builder starting from the defaults. */
    public static final class Builder {
        private int shingleSize = 5;
        private int minWords = 20;
        private double nearJaccard = 0.8;
        private double nearContainment = 0.8;
        private double editionContainment = 0.5;
        private int editionParagraphs = 3;
        private int templateWords = 100;
        private RepresentativePolicy representative = RepresentativePolicy.MOST_COMPLETE;
        private boolean unicodeNormalization = true;
        private boolean caseFolding = true;
        private boolean collapseWhitespace = true;
        private int minParagraphWords = 6;
        private int maxParagraphPostings = 50;
        private int bands = 16;
        private int rows = 4;
        private int maxBucket = 64;
        private java.nio.file.Path spillDirectory;

        private Builder() {}

        public Builder shingleSize(int v) { shingleSize = v; return this; }
        public Builder minWords(int v) { minWords = v; return this; }
        public Builder nearJaccard(double v) { nearJaccard = v; return this; }
        public Builder nearContainment(double v) { nearContainment = v; return this; }
        public Builder editionContainment(double v) { editionContainment = v; return this; }
        public Builder editionParagraphs(int v) { editionParagraphs = v; return this; }
        public Builder templateWords(int v) { templateWords = v; return this; }
        public Builder representative(RepresentativePolicy v) { representative = v; return this; }
        public Builder unicodeNormalization(boolean v) { unicodeNormalization = v; return this; }
        public Builder caseFolding(boolean v) { caseFolding = v; return this; }
        public Builder collapseWhitespace(boolean v) { collapseWhitespace = v; return this; }
        public Builder minParagraphWords(int v) { minParagraphWords = v; return this; }
        public Builder maxParagraphPostings(int v) { maxParagraphPostings = v; return this; }
        public Builder bands(int v) { bands = v; return this; }
        public Builder rows(int v) { rows = v; return this; }
        public Builder maxBucket(int v) { maxBucket = v; return this; }
        public Builder spillDirectory(java.nio.file.Path v) { spillDirectory = v; return this; }

        public DuplicateConfig build() {
            return new DuplicateConfig(this);
        }
    }
}
