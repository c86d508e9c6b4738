# Compiles main and test classes (offline), snapshots them (so a rebuild during a long run cannot pull classes away)
# and sets CP to the snapshot plus the dependencies. Sourced by the bench scripts.
if [ ! -f target/bench-cp.txt ] || [ pom.xml -nt target/bench-cp.txt ]; then
  ./mvnw -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt >&2
fi
./mvnw -B -o -q test-compile -Dinvoker.skip=true >&2
SNAP="$(mktemp -d target/bench-classes-XXXXXX)"   # a fresh folder each run (they stay in target/ until mvn clean)
cp -r target/classes "$SNAP/main" && cp -r target/test-classes "$SNAP/test"
CP="$SNAP/main:$SNAP/test:$(cat target/bench-cp.txt)"
