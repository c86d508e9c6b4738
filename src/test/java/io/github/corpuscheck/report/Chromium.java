package io.github.corpuscheck.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven through the OS's chromedriver, when both are installed (Debian: {@code apt-get install
 * chromium chromium-driver}); {@code CHROME_BIN} and {@code CHROMEDRIVER} name other binaries. Nothing is downloaded:
 * without the binaries, {@link #find()} is empty.
 */
public final class Chromium implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** The browser and driver binaries, or empty with the reason in {@link #missing()}. */
    public static Optional<Path[]> find() {
        Path browser = first(System.getenv("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome");
        Path driver = first(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        return browser == null || driver == null ? Optional.empty() : Optional.of(new Path[] {browser, driver});
    }

    /** Why {@link #find()} is empty. */
    public static String missing() {
        return "no Chromium and chromedriver on this machine (apt-get install chromium chromium-driver, or set CHROME_BIN and CHROMEDRIVER)";
    }

    private static Path first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank() && Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    /** Starts a fresh headless browser with a new profile folder; the window is {@code width} x {@code height}. */
    public static Chromium start(Path[] binaries, int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binaries[0].toFile());
        List<String> args = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height));
        options.addArguments(args);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(binaries[1].toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Chromium(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            deleteTree(profile.toFile());
        }
    }

    private static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteTree(c);
            }
        }
        f.delete();
    }
}
