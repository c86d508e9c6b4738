# Compiles main and test classes (offline) and sets CP to them plus the dependencies. Sourced by the bench scripts.
if [ ! -f target/bench-cp.txt ] || [ pom.xml -nt target/bench-cp.txt ]; then
  ./mvnw -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt >&2
fi
./mvnw -B -o -q test-compile -Dinvoker.skip=true >&2
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
