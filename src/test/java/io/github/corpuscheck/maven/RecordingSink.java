package io.github.corpuscheck.maven;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/** A Doxia sink that records its events: {@code text:...} for text, the method name (with a level) otherwise. */
final class RecordingSink {

    final List<String> events = new ArrayList<>();
    final Sink sink = (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class},
            (proxy, method, args) -> {
                if (method.getName().equals("text")) {
                    events.add("text:" + args[0]);
                } else if (args != null && args.length > 0 && args[0] instanceof Integer level) {
                    events.add(method.getName() + level);
                } else if (method.getDeclaringClass() != Object.class) {
                    events.add(method.getName());
                }
                return null;
            });

    /** The text events, in order. */
    List<String> texts() {
        return events.stream().filter(e -> e.startsWith("text:")).map(e -> e.substring(5)).toList();
    }
}
