package io.leansim.bench;

import org.junit.jupiter.api.Test;

class TmpAnimBenchTest {
  @Test
  void run() throws Exception {
    java.nio.file.Path tmp = java.nio.file.Files.createTempDirectory("bench");
    java.nio.file.Files.write(java.nio.file.Path.of("/tmp/anim-bench.txt"), AnimationBench.run(tmp));
  }
}
