#!/usr/bin/env bash
# Runs the Spark job exactly as spark-submit does (org.apache.spark.deploy.SparkSubmit), with Spark's jars taken
# from Maven Central instead of a Spark distribution:
#
#   ./mvnw -B package -DskipTests -Dinvoker.skip=true      # builds target/corpus-maven-plugin-VERSION-cli.jar
#   bench/spark-submit.sh --settings settings.yaml --input CORPUS --output REPORT_FOLDER
#
# Environment: SPARK_MASTER (default local[2]), DRIVER_MEMORY (default 2g), SPARK_VERSION (default 4.2.0),
# CLI_JAR (default: the newest target/corpus-maven-plugin-*-cli.jar). The classpath of Spark is resolved once into
# target/spark-VERSION/classpath.txt (about 320 MB of jars in the local Maven repository).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=${SPARK_VERSION:-4.2.0}
work="$root/target/spark-$version"
mkdir -p "$work"
if [ ! -s "$work/classpath.txt" ]; then
  cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId>
  <artifactId>spark-classpath</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.spark</groupId>
      <artifactId>spark-sql_2.13</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>3.9.0</version>
      </plugin>
    </plugins>
  </build>
</project>
POM
  "$root/mvnw" -B -q -f "$work/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" >&2
fi
jar=${CLI_JAR:-$(ls -t "$root"/target/corpus-maven-plugin-*-cli.jar 2>/dev/null | head -1)}
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  echo "No command-line jar: build it with ./mvnw -B package -DskipTests -Dinvoker.skip=true" >&2
  exit 2
fi
# What Spark's launcher adds on Java 17 and later (JavaModuleOptions).
opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
exec java -Xmx"${DRIVER_MEMORY:-2g}" "${opens[@]}" -cp "$(cat "$work/classpath.txt")" \
  org.apache.spark.deploy.SparkSubmit --master "${SPARK_MASTER:-local[2]}" \
  --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 \
  --class io.github.corpuscheck.spark.SparkCheckJob "$jar" "$@"
