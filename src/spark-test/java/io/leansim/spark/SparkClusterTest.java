package io.leansim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code -Pspark}: a standalone Spark cluster on 127.0.0.1 (a master and a worker, each in a
 * JVM of its own, on free ports; the worker's SPARK_HOME is built under target/, as
 * docs/shards-and-spark.md tells users) runs a comparison and a sweep with {@code --spark
 * spark://127.0.0.1:PORT}, and a run through SparkSubmit's main class (what {@code spark-submit}
 * runs); every result file equals the local one to the bit. Also: no master is a clear error (exit 7)
 * after the timeout, naming the master and Spark's log. Everything is stopped at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the master-less driver may hold Spark's start lock a minute: last
class SparkClusterTest {
  private static final Path LIB = Path.of("target/spark-lib").toAbsolutePath();

  @TempDir Path tmp;
  private final List<Process> started = new ArrayList<>();
  private Path logs;
  private String master;

  @BeforeAll
  void startACluster() throws Exception {
    logs = Files.createDirectories(Path.of("target/spark-cluster").toAbsolutePath());
    Path home = sparkHome();
    int port = freePort();
    master = "spark://127.0.0.1:" + port;
    started.add(java(List.of("-Dspark.master.rest.enabled=false", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
        String.valueOf(port), "--webui-port", String.valueOf(freePort())), home, "master"));
    awaitPort(port);
    started.add(java(List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--webui-port",
        String.valueOf(freePort()), "--cores", "2", "--memory", "1g", "--work-dir",
        Files.createDirectories(logs.resolve("work")).toString(), master), home, "worker"));
    // the driver's executors: small, so that the worker's memory holds them
    System.setProperty("spark.executor.memory", "512m");
    System.setProperty("spark.driver.host", "127.0.0.1");
    System.setProperty(SparkRunner.TIMEOUT, "120");
  }

  @AfterAll
  void stopTheCluster() throws Exception {
    System.clearProperty("spark.executor.memory");
    System.clearProperty("spark.driver.host");
    System.clearProperty(SparkRunner.TIMEOUT);
    try {
      stopThisDriver();
    } finally {
      for (int i = started.size() - 1; i >= 0; i--) {
        Process p = started.get(i);
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
    }
  }

  @Test
  @Order(1)
  void aComparisonASweepAndSparkSubmitGiveTheLocalFilesToTheBit() throws Exception {
    String[] compare = {"compare", "scenarios/telecom-hall.yaml", "--replications", "3", "-q", "--out"};
    run(concat(compare, tmp.resolve("compare-local").toString()));
    run(concat(concat(compare, tmp.resolve("compare-cluster").toString()), "--spark", master));
    assertSameFiles(tmp.resolve("compare-local"), tmp.resolve("compare-cluster"));

    String[] sweep = {"sweep", "scenarios/telecom-hall.yaml", "--set", "resources.side_table.capacity=2,4",
        "--variant", "card-priority", "--replications", "2", "-q", "--out"};
    run(concat(sweep, tmp.resolve("sweep-local").toString()));
    run(concat(concat(sweep, tmp.resolve("sweep-cluster").toString()), "--spark=" + master));
    assertSameFiles(tmp.resolve("sweep-local"), tmp.resolve("sweep-cluster"));

    String[] plain = {"run", "scenarios/bank-branch.yaml", "--replications", "3", "-q", "--out"};
    run(concat(plain, tmp.resolve("run-local").toString()));
    stopThisDriver(); // its executor holds the worker's cores
    List<String> submit = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit", "--master", master,
        "--conf", "spark.executor.memory=512m", "--conf", "spark.driver.host=127.0.0.1", "--class", "io.leansim.cli.Main", Shipping.leanSimJars().get(0)));
    submit.addAll(List.of(concat(plain, tmp.resolve("run-submit").toString(), "--spark", "submit")));
    Process p = java(submit, null, "submit");
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("spark-submit finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(logs.resolve("submit.log"))).isZero();
    assertSameFiles(tmp.resolve("run-local"), tmp.resolve("run-submit"));
  }

  @Test
  @Order(2)
  void noMasterIsAClusterErrorNamingTheMasterAndSparkLog() throws Exception {
    String none = "spark://127.0.0.1:" + freePort();
    System.setProperty(SparkRunner.TIMEOUT, "3");
    try {
      StringWriter err = new StringWriter();
      long start = System.nanoTime();
      int code = Main.execute(new String[] {"run", "scenarios/bank-branch.yaml", "--replications", "2", "-q", "--out",
          tmp.resolve("none").toString(), "--spark", none}, new PrintWriter(new StringWriter()), new PrintWriter(err));
      assertThat(code).as(err.toString()).isEqualTo(7);
      // the timeout (3 s) ends the wait, not Spark's own three attempts of 20 s to reach a master
      assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).as(err.toString()).isLessThan(40);
      assertThat(err.toString()).contains("no answer from the Spark master " + none + " within 3 s");
      assertThat(err.toString()).contains(none).contains("Spark's log: ").doesNotContain("internal error");
      String log = err.toString().lines().filter(l -> l.startsWith("Spark's log: ")).findFirst().orElseThrow();
      assertThat(Path.of(log.substring("Spark's log: ".length()))).exists(); // empty here: the test JVM's SLF4J is no-op
      assertThat(tmp.resolve("none")).doesNotExist();
    } finally {
      System.setProperty(SparkRunner.TIMEOUT, "120");
    }
  }

  /** Stops this JVM's driver, if one is up (getOrCreate returns it; without one it fails: no master set). */
  private static void stopThisDriver() {
    try {
      SparkContext.getOrCreate(new SparkConf()).stop();
    } catch (Exception e) { // Scala's SparkException, unchecked here
      // none
    }
  }

  /** A Spark installation for the worker: SPARK_HOME/jars, what its executors' class path is made of. */
  private static Path sparkHome() throws IOException {
    Path home = Files.createDirectories(Path.of("target/spark-home").toAbsolutePath());
    Path jars = home.resolve("jars");
    if (!Files.exists(jars)) {
      Files.createSymbolicLink(jars, LIB);
    }
    return home;
  }

  private Process java(List<String> args, Path sparkHome, String name) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(Arrays.asList(System.getProperty("spark.opens", "").trim().split("\\s+")));
    cmd.addAll(List.of("-Xmx512m", "-cp", LIB + "/*"));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(logs.resolve(name + ".log").toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    if (sparkHome != null) {
      env.put("SPARK_HOME", sparkHome.toString());
      env.put("SPARK_SCALA_VERSION", "2.13");
    }
    return pb.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private void awaitPort(int port) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < end) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException e) {
        assertThat(started.get(0).isAlive()).as(Files.readString(logs.resolve("master.log"))).isTrue();
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the master did not start: " + Files.readString(logs.resolve("master.log")));
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(expected)) {
      files = all.filter(Files::isRegularFile).map(expected::relativize)
          .filter(f -> f.getFileName().toString().matches(".*\\.(json|csv|yaml)")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      assertThat(Files.readAllBytes(actual.resolve(f))).as(f.toString()).isEqualTo(Files.readAllBytes(expected.resolve(f)));
    }
  }

  private static void run(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
