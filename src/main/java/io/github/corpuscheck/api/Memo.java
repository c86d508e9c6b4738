package io.github.corpuscheck.api;

/**
 * What the corpus phase learnt from re-reading documents (a pair's scores, a text's ending, a URL…), kept by the
 * incremental cache so that a later run over the same content need not read those documents again. Values are keyed
 * by content, never by document index; a value must be exactly what the re-read would give. See the cache's
 * implementation for how it is stored.
 */
public interface Memo {

    /** The key of a value about one document, or 0 when the document has no content key (nothing is kept then). */
    long key(String namespace, int document);

    /** The key of a value about an ordered pair of documents, or 0 when either has no content key. */
    long key(String namespace, int first, int second);

    /** The value stored under {@code key} by this or an earlier run, or {@code null}. */
    byte[] get(long key);

    /** Remembers a value for later runs (ignored when the key is 0 or the memo is off). */
    void put(long key, byte[] value);

    /** {@link #get} for a value stored by {@link #putText}. */
    String getText(long key);

    /** {@link #put} for a string. */
    void putText(long key, String value);

    /** No memo (cache off): every key is 0, nothing is found, nothing kept. */
    Memo OFF = new Memo() {
        @Override
        public long key(String namespace, int document) {
            return 0;
        }

        @Override
        public long key(String namespace, int first, int second) {
            return 0;
        }

        @Override
        public byte[] get(long key) {
            return null;
        }

        @Override
        public void put(long key, byte[] value) {}

        @Override
        public String getText(long key) {
            return null;
        }

        @Override
        public void putText(long key, String value) {}
    };
}
