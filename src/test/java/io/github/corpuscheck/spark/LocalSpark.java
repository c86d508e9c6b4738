package io.github.corpuscheck.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark session of a test: {@code local[2]}, no UI, bound to the loopback address (no network needed). */
final class LocalSpark {

    private LocalSpark() {}

    static SparkSession.Builder builder(String appName) {
        return SparkSession.builder().master("local[2]").appName(appName)
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1");
    }
}
