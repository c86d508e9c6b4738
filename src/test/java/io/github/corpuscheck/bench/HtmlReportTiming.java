package io.github.corpuscheck.bench;

import io.github.corpuscheck.report.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Times an {@code index.html} in headless Chromium (docs/reports.md, "Measured"): loads it {@code runs} times in a
 * fresh tab and prints the median first contentful paint, DOMContentLoaded and load; then the median time of a
 * filter change (the rule select) and of a keystroke in the text box, from the event to the next painted frame.
 *
 * <pre>bench/html.sh target/corpus/index.html [runs=7]</pre>
 */
public final class HtmlReportTiming {

    private HtmlReportTiming() {}

    public static void main(String[] args) throws Exception {
        Path page = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path[] binaries = Chromium.find().orElseThrow(() -> new IllegalStateException(Chromium.missing()));
        System.out.printf(Locale.ROOT, "%s: %.2f MB%n", page, Files.size(page) / 1e6);
        List<Double> fcp = new ArrayList<>();
        List<Double> dcl = new ArrayList<>();
        List<Double> load = new ArrayList<>();
        List<Double> filter = new ArrayList<>();
        List<Double> key = new ArrayList<>();
        List<Double> filterScript = new ArrayList<>();
        List<Double> keyScript = new ArrayList<>();
        try (Chromium chromium = Chromium.start(binaries, 1366, 768)) {
            ChromeDriver d = chromium.driver();
            for (int i = 0; i < runs; i++) {
                d.get("about:blank");
                d.get(page.toUri().toString());
                @SuppressWarnings("unchecked")
                Map<String, Object> t = (Map<String, Object>) d.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                        + "new PerformanceObserver(function (list, observer) {"
                        + "  var p = list.getEntriesByName('first-contentful-paint')[0];"
                        + "  if (p) { observer.disconnect(); var n = performance.getEntriesByType('navigation')[0];"
                        + "    done({fcp: p.startTime, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd}); }"
                        + "}).observe({type: 'paint', buffered: true});");
                fcp.add(number(t.get("fcp")));
                dcl.add(number(t.get("dcl")));
                load.add(number(t.get("load")));
                // A filter change: the rule select to its second option, then back to all; a keystroke: one letter
                // in the text box. Each from the event to the next frame (two animation frames later).
                String measure = "var done = arguments[arguments.length - 1], el = document.getElementById(arguments[0]);"
                        + "var t0 = performance.now(); el.value = arguments[1];"
                        + "el.dispatchEvent(new Event(arguments[2])); var t1 = performance.now();"
                        + "requestAnimationFrame(function () { requestAnimationFrame(function () {"
                        + "done([t1 - t0, performance.now() - t0, document.getElementById('f-count').textContent]); }); });";
                String second = (String) d.executeScript("return document.getElementById('f-rule').options[1].value;");
                List<?> a = (List<?>) d.executeAsyncScript(measure, "f-rule", second, "change");
                filterScript.add(number(a.get(0)));
                filter.add(number(a.get(1)));
                d.executeAsyncScript(measure, "f-rule", "", "change");
                List<?> b = (List<?>) d.executeAsyncScript(measure, "f-q", "n", "input");
                keyScript.add(number(b.get(0)));
                key.add(number(b.get(1)));
                List<?> c = (List<?>) d.executeAsyncScript(measure, "f-q", "n0", "input");
                keyScript.add(number(c.get(0)));
                key.add(number(c.get(1)));
                if (i == 0) {
                    System.out.println("after the filter: " + a.get(2) + "; after the keystrokes: " + c.get(2));
                }
            }
        }
        System.out.printf(Locale.ROOT, "median of %d loads: first contentful paint %.0f ms, DOMContentLoaded %.0f ms, load %.0f ms%n",
                runs, median(fcp), median(dcl), median(load));
        System.out.printf(Locale.ROOT, "filter change (rule): %.0f ms to the next frame (script %.0f ms); all %s%n",
                median(filter), median(filterScript), rounded(filter));
        System.out.printf(Locale.ROOT, "keystroke (text): %.0f ms to the next frame (script %.0f ms); all %s%n",
                median(key), median(keyScript), rounded(key));
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String rounded(List<Double> xs) {
        return xs.stream().map(x -> String.valueOf(Math.round(x))).toList().toString();
    }
}
