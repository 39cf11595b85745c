package org.meridian.site.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorFolderTest {

  @TempDir Path dir;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aRefreshWritesOnlyWhatChangedAndRemovesWhatIsGone() throws Exception {
    MirrorFolder first = new MirrorFolder(dir);
    first.put("en/index.html", bytes("home"));
    first.put("en/about-us/index.html", bytes("about"));
    first.put("en/old/index.html", bytes("old"));
    first.put("media/gambia/1/original/a.jpg", bytes("jpeg"));
    assertThat(first.finish("https://m.example.org", Instant.EPOCH)).isZero();
    assertThat(first.written()).isEqualTo(4);
    Instant before = Files.getLastModifiedTime(dir.resolve("en/about-us/index.html")).toInstant();

    MirrorFolder second = new MirrorFolder(dir);
    second.put("en/index.html", bytes("home, with news"));
    second.put("en/about-us/index.html", bytes("about"));
    assertThat(second.keep("media/gambia/1/original/a.jpg")).isTrue();
    assertThat(second.keep("media/gambia/2/original/b.jpg")).isFalse();
    assertThat(second.finish("https://m.example.org", Instant.EPOCH)).isEqualTo(1);

    assertThat(second.written()).isEqualTo(1);
    assertThat(second.unchanged()).isEqualTo(2);
    assertThat(second.files()).isEqualTo(3);
    assertThat(dir.resolve("en/old")).doesNotExist();
    assertThat(Files.readString(dir.resolve("en/index.html"))).isEqualTo("home, with news");
    assertThat(Files.getLastModifiedTime(dir.resolve("en/about-us/index.html")).toInstant())
        .isEqualTo(before);
    assertThat(MirrorFolder.read(dir).orElseThrow().baseUrl()).isEqualTo("https://m.example.org");
  }

  @Test
  void aFileThatWasDeletedByHandIsWrittenAgain() throws Exception {
    MirrorFolder first = new MirrorFolder(dir);
    first.put("en/index.html", bytes("home"));
    first.finish("https://m.example.org", Instant.EPOCH);
    Files.delete(dir.resolve("en/index.html"));

    MirrorFolder second = new MirrorFolder(dir);
    second.put("en/index.html", bytes("home"));
    assertThat(second.written()).isEqualTo(1);
    assertThat(dir.resolve("en/index.html")).exists();
  }

  @Test
  void nothingIsWrittenOutsideTheFolder() {
    assertThatThrownBy(() -> new MirrorFolder(dir).put("../escape.html", bytes("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
