package io.github.corpuscheck.api;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Writes a check's per-document state to the incremental cache and reads it back, so that an unchanged document
 * can be collected again without being read. The engine handles {@code null} states itself: a codec only sees
 * non-null values. {@code read} must return a state equal in effect to the one {@code write} was given.
 *
 * @param <S> the check's per-document state
 */
public interface StateCodec<S> {

    void write(DataOutput out, S state) throws IOException;

    S read(DataInput in) throws IOException;

    /** For checks whose state is a plain {@code Integer}. */
    StateCodec<Integer> INT = new StateCodec<>() {
        @Override
        public void write(DataOutput out, Integer state) throws IOException {
            out.writeInt(state);
        }

        @Override
        public Integer read(DataInput in) throws IOException {
            return in.readInt();
        }
    };

    /** For checks that keep no per-document state ({@code analyze} always returns {@code null}). */
    static <S> StateCodec<S> none() {
        return new StateCodec<>() {
            @Override
            public void write(DataOutput out, S state) {
                throw new IllegalStateException("This check keeps no per-document state, got " + state);
            }

            @Override
            public S read(DataInput in) {
                throw new IllegalStateException("This check keeps no per-document state");
            }
        };
    }
}
