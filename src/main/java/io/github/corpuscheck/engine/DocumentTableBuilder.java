package io.github.corpuscheck.engine;

import io.github.corpuscheck.api.DocumentTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Growable, compact {@link DocumentTable}: file names are stored once, lines in an int array. */
final class DocumentTableBuilder implements DocumentTable {

    private String[] ids = new String[1024];
    private int[] fileIndex = new int[1024];
    private int[] lines = new int[1024];
    private final Map<String, Integer> fileIds = new HashMap<>();
    private String[] fileNames = new String[64];
    private int size;

    void add(int index, String id, String file, int line) {
        if (index != size) {
            throw new IllegalStateException("Documents must arrive in index order: expected " + size + ", got " + index);
        }
        if (size == ids.length) {
            int n = size * 2;
            ids = Arrays.copyOf(ids, n);
            fileIndex = Arrays.copyOf(fileIndex, n);
            lines = Arrays.copyOf(lines, n);
        }
        Integer f = fileIds.get(file);
        if (f == null) {
            f = fileIds.size();
            if (f == fileNames.length) {
                fileNames = Arrays.copyOf(fileNames, f * 2);
            }
            fileNames[f] = file;
            fileIds.put(file, f);
        }
        ids[size] = id;
        fileIndex[size] = f;
        lines[size] = line;
        size++;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String id(int index) {
        return ids[index];
    }

    @Override
    public String file(int index) {
        return fileNames[fileIndex[index]];
    }

    @Override
    public int line(int index) {
        return lines[index];
    }
}
