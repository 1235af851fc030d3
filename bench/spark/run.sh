#!/usr/bin/env bash
# Pages per second of the Spark job on local[2] against the in-process pipeline, over the same WARC files built
# from the extraction set's pages ($PARLEY_BENCH/extraction/html; bench/README.md says where they come from).
#   bench/spark/run.sh [FILES]        (FILES: how many WARC files to spread the pages over, default 4)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/data.sh
need_bench_data bench/spark extraction html
PAGES="$(bench_root)/extraction/html"
FILES=${1:-4}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

JAR=parley-spark/target/parley-spark-job.jar
if [ ! -f "$JAR" ]; then
  mvn -B -q -o -pl parley-spark -am package -DskipTests
fi
# Spark itself, resolved alone (as a Spark distribution ships it): what spark-submit puts beside the job jar.
SPARK_VERSION=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' pom.xml)
cat > "$WORK/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>spark-classpath</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId>
    <version>$SPARK_VERSION</version></dependency></dependencies>
</project>
POM
mvn -B -q -o -f "$WORK/pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/spark.cp" >/dev/null
CP="$JAR:$(cat "$WORK/spark.cp")"
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
 --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
 --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"

python3 bench/spark/make_warcs.py "$WORK/warc" "$FILES" "$PAGES"/*.html.gz
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

start=$(date +%s.%N)
java -Xmx3g -cp "$CP" org.parley.spark.InProcessRun "$WORK/warc"
echo "in-process wall time: $(echo "$(date +%s.%N) - $start" | bc) s"

start=$(date +%s.%N)
# shellcheck disable=SC2086
java -Xmx3g $OPENS -Dspark.master='local[2]' -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
  -cp "$CP" org.parley.spark.ParleyJob --out "$WORK/out" "$WORK/warc" 2>"$WORK/spark.log" \
  || { tail -40 "$WORK/spark.log"; exit 1; }
grep '^parley:' "$WORK/spark.log"
echo "spark local[2] wall time: $(echo "$(date +%s.%N) - $start" | bc) s"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
find "$WORK/out" -maxdepth 1 -mindepth 1 -printf '%f ' ; echo
