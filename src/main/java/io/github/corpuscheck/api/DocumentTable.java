package io.github.corpuscheck.api;


/** The ids and locations of every document read, by reading-order index; kept by the engine for the corpus phase. */
public interface DocumentTable {
    int size();

    String id(int index);

    String file(int index);

    int line(int index);

    default Location location(int index) {
        return new Location(file(index), line(index));
    }
}
